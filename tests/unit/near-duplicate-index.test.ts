/** The banded near-duplicate index must answer exactly as a linear scan in insertion order. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findNearDuplicate, NEAR_DUPLICATE_BITS, NearDuplicateIndex, type KeyBits } from "@/lib/ingest/near-duplicate";

const toKey = (b: KeyBits) => (b[0] >>> 0).toString(16).padStart(8, "0") + (b[1] >>> 0).toString(16).padStart(8, "0");

/** A key with `flips` random bits of `base` inverted. */
function flip(base: KeyBits, positions: number[]): KeyBits {
  let [hi, lo] = base;
  for (const p of positions) {
    if (p < 32) hi = (hi ^ (1 << p)) >>> 0;
    else lo = (lo ^ (1 << (p - 32))) >>> 0;
  }
  return [hi, lo];
}

const key = fc.tuple(fc.nat({ max: 0xffffffff }), fc.nat({ max: 0xffffffff })) as fc.Arbitrary<KeyBits>;
const positions = fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: NEAR_DUPLICATE_BITS + 3 });

describe("NearDuplicateIndex", () => {
  it("finds what a linear scan finds, earliest first, for keys near and far", () => {
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), positions), { maxLength: 30 }), (bases, variants) => {
        const stored: { bits: KeyBits; ref: number }[] = [];
        const index = new NearDuplicateIndex<number>();
        const all = [...bases, ...variants.map(([i, p]) => flip(bases[i % bases.length]!, p))];
        for (const [ref, bits] of all.entries()) {
          expect(index.find(bits)).toBe(findNearDuplicate(toKey(bits), stored));
          index.set(ref, bits);
          stored.push({ bits, ref });
        }
      }),
      { numRuns: 300 },
    );
  });

  it("always finds a key within the threshold, whichever bits differ", () => {
    fc.assert(
      fc.property(key, fc.uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: NEAR_DUPLICATE_BITS }), (base, p) => {
        const index = new NearDuplicateIndex<string>();
        index.set("a", base);
        expect(index.find(flip(base, p))).toBe("a");
      }),
      { numRuns: 500 },
    );
  });

  it("re-setting a ref moves its key but keeps its place; `except` skips the article itself", () => {
    const index = new NearDuplicateIndex<number>();
    const a: KeyBits = [0x12345678, 0x9abcdef0];
    const b: KeyBits = [0xffffffff, 0x00000000];
    index.set(1, a);
    index.set(2, a);
    expect(index.find(a)).toBe(1);
    expect(index.find(a, 1)).toBe(2);
    index.set(1, b);
    expect(index.find(a)).toBe(2);
    expect(index.find(b)).toBe(1);
    index.set(2, b);
    expect(index.find(b)).toBe(1);
  });
});
