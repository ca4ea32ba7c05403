/**
 * Secret comparison that takes the same time whatever the inputs. Both sides are hashed first,
 * so timingSafeEqual always sees two 32-byte buffers and even the length of the secret leaks
 * nothing.
 */
import crypto from "node:crypto";

export function sha256(value: string | Uint8Array): Buffer {
  return crypto.createHash("sha256").update(value).digest();
}

/** Compares two secrets in constant time. */
export function secretsEqual(a: string, b: string): boolean {
  return crypto.timingSafeEqual(sha256(a), sha256(b));
}

/** Compares a candidate secret with a stored SHA-256 digest (hex) in constant time. */
export function matchesDigest(candidate: string, digestHex: string): boolean {
  const stored = Buffer.from(digestHex, "hex");
  const given = sha256(candidate);
  // A malformed stored digest must not throw (timingSafeEqual needs equal lengths); digest lengths are public.
  if (stored.length !== given.length) return false;
  return crypto.timingSafeEqual(given, stored);
}
