/**
 * Lost bytes in Traditional-script words that jieba's Simplified dictionary lacks: the model's
 * word and pair tables hold Rime's essay word list too (scripts/essay-words.ts), so 健保 and 住在
 * are mended as words instead of by character frequency (句保, 位在).
 */
import { describe, expect, it } from "vitest";
import { undoMojibake } from "@/lib/ingest/decode/undo-mojibake";
import { makeMojibake } from "@/lib/eval/mojibake-variants";

const TRADITIONAL = "臺灣的經濟發展與兩岸關係，一直是選舉時選民關心的議題，這次總統大選也不例外。";
const VARIANTS = ["utf8-as-cp1252-question", "utf8-as-cp1252-drop", "utf8-as-cp1252-replacement"] as const;

const mend = (text: string, variant: (typeof VARIANTS)[number]) => undoMojibake(makeMojibake(text, variant))?.text;

describe("lost bytes in Traditional words from the essay word list", () => {
  for (const variant of VARIANTS) {
    it(`${variant}: 健保 (health insurance), not 句保`, () => {
      const text = `${TRADITIONAL}${TRADITIONAL}\n民眾看病時要記得帶健保卡，健保署表示，今年的健保費率維持不變。`;
      expect(mend(text, variant)).toBe(text);
    });
    it(`${variant}: 住在 (lives in), not 位在`, () => {
      const text = `${TRADITIONAL}${TRADITIONAL}\n他們一家人住在台北市，每天搭捷運上班。這位藝人住在新北市，平常很少出門。`;
      expect(mend(text, variant)).toBe(text);
    });
  }
});
