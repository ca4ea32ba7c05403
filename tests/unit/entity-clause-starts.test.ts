import { describe, expect, it } from "vitest";
import { clauseStarts } from "@/lib/ingest/entities/clause-scan";

/** What clauseStarts returned when it was one global pattern over the clause breaks. */
function byPattern(text: string): number[] {
  const out = [0];
  for (const m of text.matchAll(/[，。；：！？,;:!?“”"《》()（）\n【】]/g)) if (m.index + 1 < text.length) out.push(m.index + 1);
  return out;
}

describe("clauseStarts", () => {
  const texts = ["", "。", "，甲乙", "甲乙。", "甲，乙；丙：丁！戊？", "“张三说”（李四）【注】\n王五《书》", "a,b;c:d!e?f\"g", "无标点的一句话"];
  for (const text of texts) {
    it(`is 0 and every offset after a clause break, as the pattern was: ${JSON.stringify(text)}`, () => {
      expect(clauseStarts(text)).toEqual(byPattern(text));
    });
  }
});
