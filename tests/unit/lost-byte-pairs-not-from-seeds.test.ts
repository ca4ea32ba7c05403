/**
 * The lost-byte pair table (lib/ingest/repair/han-pair-counts.ts) is counted from a general
 * dictionary and from running text of the dev pages and fixtures, never from seeds/: the seed
 * files' own names would otherwise be product data, and the cleaner would know the seed sites
 * better than the unseen sites it is measured on. The names below occur only in the seeds.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { hanPairTables } from "@/lib/ingest/repair/han-pair-counts";

const SEED_ONLY_PAIRS = ["币安", "欧易", "火币"];

describe("lost-byte pair table", () => {
  const pairs = new Set<string>();
  const { PAIRS } = hanPairTables();
  for (let i = 0; i + 1 < PAIRS.length; i += 2) pairs.add(PAIRS.slice(i, i + 2));

  it("holds no pair that only the seed files have", () => {
    for (const pair of SEED_ONLY_PAIRS) {
      // the premise: the pair is in a seed (it was in the table while seeds/ was counted)
      expect(fs.readdirSync("seeds").some((f) => fs.readFileSync(`seeds/${f}`, "utf8").includes(pair)), pair).toBe(true);
      expect(pairs.has(pair), pair).toBe(false);
    }
  });

  it("is counted from a real list of pairs (the parse above reads it)", () => {
    expect(pairs.size).toBeGreaterThan(100_000);
    expect(pairs.has("发展")).toBe(true);
  });
});
