/**
 * Limits failed sign-in attempts, in memory (per server process; a restart forgets). Counts
 * failures per client address in a sliding window, plus a global ceiling: the address comes
 * from X-Forwarded-For, which Next.js fills from the socket but a client talking to the server
 * directly can forge, so the global ceiling is what bounds guessing in that case.
 */

export interface LimitVerdict {
  allowed: boolean;
  /** Seconds until the next attempt is allowed (0 when allowed). */
  retryAfterS: number;
}

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  check(key: string, now = Date.now()): LimitVerdict {
    const kept = this.recent(key, now);
    if (kept.length < this.max) return { allowed: true, retryAfterS: 0 };
    const oldest = kept[kept.length - this.max] ?? now;
    return { allowed: false, retryAfterS: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) };
  }

  fail(key: string, now = Date.now()): void {
    if (this.failures.size >= this.maxKeys) this.prune(now);
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
    // Still full of live keys (an address-rotating flood): forget the oldest half rather than grow.
    if (this.failures.size >= this.maxKeys) {
      for (const key of [...this.failures.keys()].slice(0, Math.floor(this.maxKeys / 2))) this.failures.delete(key);
    }
  }
}

export const PER_CLIENT = { max: 5, windowMs: 15 * 60 * 1000 };
export const GLOBAL = { max: 100, windowMs: 15 * 60 * 1000 };

interface Limiters {
  perClient: FailureLimiter;
  global: FailureLimiter;
}

const holder = globalThis as unknown as { __adminSignInLimiters?: Limiters };

/** The process-wide sign-in limiters (kept on globalThis so dev reloads and route bundles share them). */
export function signInLimiters(): Limiters {
  holder.__adminSignInLimiters ??= {
    perClient: new FailureLimiter(PER_CLIENT.max, PER_CLIENT.windowMs),
    global: new FailureLimiter(GLOBAL.max, GLOBAL.windowMs),
  };
  return holder.__adminSignInLimiters;
}

/** Forgets every failure (tests; the limiters are process-wide). */
export function resetSignInLimiters(): void {
  delete holder.__adminSignInLimiters;
}
