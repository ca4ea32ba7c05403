import { describe, expect, it } from "vitest";
import { utf8Leads } from "@/lib/ingest/decode/decode-bytes";

/** What utf8Leads stands for: the decoded text's characters U+00C2–U+00F4 (undoMojibake's lead characters). */
function leadChars(text: string): number {
  return [...text].filter((ch) => ch >= "\u00c2" && ch <= "\u00f4").length;
}

// The neighbours of the range (Á before it, õ after it), other two-byte letters, Han, emoji, ASCII.
const PIECES = ["À", "Á", "Â", "Ã", "é", "ó", "ô", "õ", "ÿ", "Ā", "中", "文", "😀", "a", "<", " ", "\u00a0", "€"];

function noise(seed: number): string {
  let x = seed;
  let out = "";
  for (let k = 0; k < 20; k++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += PIECES[(x >>> 8) % PIECES.length];
  }
  return out;
}

describe("utf8Leads", () => {
  it("counts the lead characters of the text valid UTF-8 bytes decode to, from the bytes", () => {
    expect(utf8Leads(Buffer.from("ÀÁÂ ô õ 中文", "utf8"), 9)).toBe(2);
    for (let seed = 1; seed <= 2000; seed++) {
      const text = noise(seed);
      expect(utf8Leads(Buffer.from(text, "utf8"), 1000), text).toBe(leadChars(text));
    }
  });

  it("stops at the limit", () => {
    expect(utf8Leads(Buffer.from("ÂÂÂÂÂ", "utf8"), 3)).toBe(3);
  });
});
