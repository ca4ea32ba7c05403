import { describe, expect, it } from "vitest";
import { codeUnitPairs, unitPairKey } from "../../lib/text/code-unit-pairs";

describe("unitPairKey", () => {
  it("gives distinct pairs distinct keys, across the whole range of code units", () => {
    const units = [0, 1, 0x41, 0x7fff, 0x8000, 0x4e00, 0x9fff, 0xff0c, 0xd800, 0xdfff, 0xfffe, 0xffff];
    const keys = new Set<number>();
    for (const a of units) for (const b of units) keys.add(unitPairKey(a, b));
    expect(keys.size).toBe(units.length * units.length);
  });

  it("stays a signed 32-bit integer (a small integer to V8) where first × 65536 + second passes 2^31", () => {
    for (const [a, b] of [[0x9fff, 0x9fff], [0xff0c, 0x4e00], [0xffff, 0xffff]] as const) {
      const k = unitPairKey(a, b);
      expect(k | 0).toBe(k);
      expect(a * 65536 + b).toBeGreaterThan(2 ** 31);
    }
  });
});

describe("codeUnitPairs", () => {
  it("holds the same pairs as the text's two-unit slices, one key each", () => {
    const text = "北京智谱，发布GLM-5。百度、阿里巴巴，北京智谱";
    const slices = new Set<string>();
    for (let i = 0; i + 1 < text.length; i++) slices.add(text.slice(i, i + 2));
    const pairs = codeUnitPairs(text);
    expect(pairs.size).toBe(slices.size);
    for (const s of slices) expect(pairs.has(unitPairKey(s.charCodeAt(0), s.charCodeAt(1)))).toBe(true);
  });
});
