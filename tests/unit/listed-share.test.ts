/**
 * listedShare (search.ts): the share of articles an AND of plain terms matches, from ANALYZE's
 * term shares, without asking PostgreSQL's planner; an excluded term counts as the rows without it.
 */
import { describe, expect, it } from "vitest";
import { listedShare } from "@/lib/data/search/search";

const SHARES: Record<string, number> = { 模型: 0.9, 百度: 0.4 };
const stats = async () => ({ doc: (t: string) => SHARES[t], floors: { doc: 0.01 } });

describe("listedShare", () => {
  it("multiplies the terms' shares", async () => {
    expect(await listedShare(stats, "(('模型')) & (('百度'))")).toBeCloseTo(0.36);
  });

  it("counts an excluded term as the rows without it", async () => {
    expect(await listedShare(stats, "(('模型')) & !(('百度'))")).toBeCloseTo(0.54);
    // A term the statistics do not list: half the least listed share.
    expect(await listedShare(stats, "(('模型')) & !(('鲸鱼'))")).toBeCloseTo(0.9 * 0.995);
  });

  it("leaves an excluded OR, prefix or phrase to the planner", async () => {
    expect(await listedShare(stats, "(('模型')) & !(('百度') | ('华':*))")).toBeNull();
    expect(await listedShare(stats, "(('模型')) & !(('华':*))")).toBeNull();
    expect(await listedShare(stats, "(('大模' <-> '模型')) & !(('百度'))")).toBeNull();
  });
});
