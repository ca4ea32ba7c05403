/**
 * Near-duplicate keys: a 64-bit SimHash of character 4-gram shingles of the folded, simplified
 * body, so the same story from two sites — one traditional, one simplified, with different
 * punctuation widths — lands within a few bits. Pure; the importer compares keys.
 */
import { foldForSearch } from "../text/fold";

const SHINGLE = 4;
/** Keys within this many differing bits (of 64) are the same story. */
export const NEAR_DUPLICATE_BITS = 8;

/** FNV-1a of text[start, start + length) — the gram is hashed in place, not sliced out. */
export function fnv1a(text: string, start: number, length: number, seed: number): number {
  let h = seed >>> 0;
  for (let i = start; i < start + length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The text shingles are taken from: simplified, folded, letters and digits only. */
export function shingleText(body: string): string {
  return foldForSearch(body).replace(/[^\p{L}\p{N}]/gu, "");
}

/** A nibble's four bits spread one to a byte (0b1011 → 0x01000101), to count four bits with one add. */
const SPREAD = Uint32Array.from({ length: 16 }, (_, n) => (n & 1) | (((n >>> 1) & 1) << 8) | (((n >>> 2) & 1) << 16) | (((n >>> 3) & 1) << 24));
/** Grams counted in the packed byte counters before they are emptied into the totals (a byte holds 255). */
const FLUSH_EVERY = 255;

export function simhash(body: string): string {
  const text = shingleText(body);
  // Set bits per position; a bit of the key is 1 when more grams set it than clear it
  // (ones > grams − ones), the SimHash majority. Each gram's 64 bits are counted a nibble at a
  // time into packed byte counters (16 adds a gram, not 64), emptied before a byte can overflow.
  const ones = new Int32Array(64);
  const packed = new Uint32Array(16);
  const empty = () => {
    for (let k = 0; k < 16; k++) {
      const v = packed[k]!;
      for (let j = 0; j < 4; j++) ones[k * 4 + j]! += (v >>> (8 * j)) & 255;
      packed[k] = 0;
    }
  };
  let grams = 0;
  let pending = 0;
  for (let i = 0; i + SHINGLE <= text.length; i++) {
    const hi = fnv1a(text, i, SHINGLE, 0x811c9dc5);
    const lo = fnv1a(text, i, SHINGLE, 0x050c5d1f);
    grams++;
    for (let k = 0; k < 8; k++) {
      packed[k]! += SPREAD[(hi >>> (4 * k)) & 15]!;
      packed[k + 8]! += SPREAD[(lo >>> (4 * k)) & 15]!;
    }
    if (++pending === FLUSH_EVERY) {
      empty();
      pending = 0;
    }
  }
  empty();
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (2 * ones[b]! > grams) hi |= 1 << b;
    if (2 * ones[b + 32]! > grams) lo |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A key as two 32-bit halves, parsed once so scans over many keys stay cheap. */
export type KeyBits = readonly [number, number];

export function keyBits(key: string): KeyBits {
  return [parseInt(key.slice(0, 8), 16) >>> 0, parseInt(key.slice(8), 16) >>> 0];
}

export function hammingDistance(a: string, b: string): number {
  return bitsDistance(keyBits(a), keyBits(b));
}

function bitsDistance(a: KeyBits, b: KeyBits): number {
  return popcount((a[0] ^ b[0]) >>> 0) + popcount((a[1] ^ b[1]) >>> 0);
}

export function isNearDuplicate(a: string, b: string): boolean {
  return hammingDistance(a, b) <= NEAR_DUPLICATE_BITS;
}

// Pigeonhole: split the 64 bits into NEAR_DUPLICATE_BITS + 1 bands; keys within that distance
// agree exactly on at least one band, so only keys sharing a band value need comparing.
const BAND_WIDTHS = [7, 7, 7, 7, 7, 7, 7, 7, 8];

/** `width` bits starting at bit `start` of the 64-bit key (bit 0 = lowest bit of the first half). */
function bitsAt(bits: KeyBits, start: number, width: number): number {
  let v = 0;
  for (let i = 0; i < width; i++) {
    const b = start + i;
    v |= ((bits[b < 32 ? 0 : 1] >>> (b & 31)) & 1) << i;
  }
  return v;
}

function bandKeys(bits: KeyBits): number[] {
  const out: number[] = [];
  let start = 0;
  for (const [i, width] of BAND_WIDTHS.entries()) {
    out.push(i * 256 + bitsAt(bits, start, width));
    start += width;
  }
  return out;
}

/**
 * Near-duplicate lookup over many keys without comparing against every one: keys are bucketed
 * by band, a lookup compares only the keys sharing a band. Refs keep the order they were first
 * added in, and `find` returns the earliest match, as a linear scan in that order would.
 */
export class NearDuplicateIndex<T> {
  private readonly entries = new Map<T, { bits: KeyBits; seq: number }>();
  private readonly buckets = new Map<number, Set<T>>();
  private seq = 0;

  set(ref: T, bits: KeyBits): void {
    const prev = this.entries.get(ref);
    if (prev) for (const b of bandKeys(prev.bits)) this.buckets.get(b)?.delete(ref);
    this.entries.set(ref, { bits, seq: prev?.seq ?? this.seq++ });
    for (const b of bandKeys(bits)) {
      let set = this.buckets.get(b);
      if (!set) this.buckets.set(b, (set = new Set()));
      set.add(ref);
    }
  }

  /** The earliest-added ref (other than `except`) whose key is within NEAR_DUPLICATE_BITS of `bits`. */
  find(bits: KeyBits, except?: T): T | null {
    let best: { ref: T; seq: number } | null = null;
    for (const b of bandKeys(bits)) {
      for (const ref of this.buckets.get(b) ?? []) {
        if (ref === except) continue;
        const e = this.entries.get(ref)!;
        if ((best === null || e.seq < best.seq) && bitsDistance(bits, e.bits) <= NEAR_DUPLICATE_BITS) best = { ref, seq: e.seq };
      }
    }
    return best?.ref ?? null;
  }
}

/** Finds the first earlier key that is a near duplicate of `key`. */
export function findNearDuplicate<T>(key: string, earlier: Iterable<{ bits: KeyBits; ref: T }>): T | null {
  const bits = keyBits(key);
  for (const e of earlier) if (bitsDistance(bits, e.bits) <= NEAR_DUPLICATE_BITS) return e.ref;
  return null;
}
