/**
 * The sign-in limits' rules (pure; the state lives in the database so every server process
 * counts the same failures: lib/data/shared-state/sign-in-limits.ts).
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

/** Five free failures per address, then 15 s, 30 s, 1 min … up to an hour. */
export const PER_CLIENT = { free: 5, baseMs: 15_000, maxMs: 60 * 60 * 1000 };
/** Past 100 failures in 15 minutes (all addresses), one attempt every 2 s. */
export const GLOBAL = { max: 100, windowMs: 15 * 60 * 1000, slowIntervalMs: 2000 };

/** Whole seconds until `until`, at least 1. */
export function retryAfterS(until: number, now: number): number {
  return Math.max(1, Math.ceil((until - now) / 1000));
}

/**
 * A client's state after one more failure at `now`: `free` failures, then blocked for
 * baseMs × 2^(failures − free), at most maxMs. A client quiet for twice the longest block starts over.
 */
export function backoffAfter(
  prev: { failures: number; lastAt: number } | undefined,
  now: number,
  rule = PER_CLIENT,
): { failures: number; blockedUntil: number } {
  const failures = prev && now - prev.lastAt < 2 * rule.maxMs ? prev.failures + 1 : 1;
  const over = failures - rule.free;
  return { failures, blockedUntil: over >= 0 ? now + Math.min(rule.maxMs, rule.baseMs * 2 ** over) : 0 };
}

