/**
 * Limits failed sign-in attempts, in memory (per server process; a restart forgets).
 * - Per client address (the socket's, or a trusted proxy's X-Forwarded-For: forwarded.ts): a few
 *   free failures, then an exponential back-off, doubling with each further failure.
 * - Globally: past a ceiling of failures in a window, attempts are not refused but slowed to one
 *   every few seconds across all clients. A ceiling that refused everything let anyone lock the
 *   real admin out for 15 minutes (100 wrong tokens with rotated X-Forwarded-For headers); slowed,
 *   the right token still gets in, and guessing stays bounded (a 16-character token at one guess
 *   per 2 s is hopeless).
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

/** Per-key exponential back-off: `free` failures, then blocked for baseMs × 2^(failures − free), at most maxMs. */
export class BackoffLimiter {
  private readonly state = new Map<string, { failures: number; blockedUntil: number; last: number }>();

  constructor(
    readonly free: number,
    readonly baseMs: number,
    readonly maxMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  check(key: string, now = Date.now()): LimitVerdict {
    const s = this.state.get(key);
    if (!s || s.blockedUntil <= now) return { allowed: true, retryAfterS: 0 };
    return { allowed: false, retryAfterS: Math.max(1, Math.ceil((s.blockedUntil - now) / 1000)) };
  }

  fail(key: string, now = Date.now()): void {
    if (this.state.size >= this.maxKeys) this.prune(now);
    const prev = this.state.get(key);
    // A client quiet for twice the longest block starts over.
    const failures = prev && now - prev.last < 2 * this.maxMs ? prev.failures + 1 : 1;
    const over = failures - this.free;
    const blockedUntil = over >= 0 ? now + Math.min(this.maxMs, this.baseMs * 2 ** over) : 0;
    this.state.delete(key);
    this.state.set(key, { failures, blockedUntil, last: now });
  }

  reset(key: string): void {
    this.state.delete(key);
  }

  get size(): number {
    return this.state.size;
  }

  private prune(now: number): void {
    for (const [key, s] of this.state) if (now - s.last >= 2 * this.maxMs) this.state.delete(key);
    // Still full (an address-rotating flood): forget the least recently failed half rather than grow.
    if (this.state.size >= this.maxKeys) {
      for (const key of [...this.state.keys()].slice(0, Math.floor(this.maxKeys / 2))) this.state.delete(key);
    }
  }
}

/** One attempt per intervalMs across all callers (the global limit's slow lane). */
export class SlowLane {
  private nextAt = 0;
  constructor(readonly intervalMs: number) {}

  take(now = Date.now()): LimitVerdict {
    if (now >= this.nextAt) {
      this.nextAt = now + this.intervalMs;
      return { allowed: true, retryAfterS: 0 };
    }
    return { allowed: false, retryAfterS: Math.max(1, Math.ceil((this.nextAt - now) / 1000)) };
  }
}

/** Five free failures per address, then 15 s, 30 s, 1 min … up to an hour. */
export const PER_CLIENT = { free: 5, baseMs: 15_000, maxMs: 60 * 60 * 1000 };
/** Past 100 failures in 15 minutes (all addresses), one attempt every 2 s. */
export const GLOBAL = { max: 100, windowMs: 15 * 60 * 1000, slowIntervalMs: 2000 };

interface Limiters {
  perClient: BackoffLimiter;
  global: FailureLimiter;
  slowLane: SlowLane;
}

const holder = globalThis as unknown as { __adminSignInLimiters?: Limiters };

/** The process-wide sign-in limiters (kept on globalThis so dev reloads and route bundles share them). */
export function signInLimiters(): Limiters {
  holder.__adminSignInLimiters ??= {
    perClient: new BackoffLimiter(PER_CLIENT.free, PER_CLIENT.baseMs, PER_CLIENT.maxMs),
    global: new FailureLimiter(GLOBAL.max, GLOBAL.windowMs),
    slowLane: new SlowLane(GLOBAL.slowIntervalMs),
  };
  return holder.__adminSignInLimiters;
}

/** Forgets every failure (tests; the limiters are process-wide). */
export function resetSignInLimiters(): void {
  delete holder.__adminSignInLimiters;
}
