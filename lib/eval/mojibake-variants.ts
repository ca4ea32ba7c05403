/**
 * Makes mojibake the way real tools make it, to measure (and property-test) its reversal:
 * UTF-8 bytes shown as Latin-1 or as cp1252, and GB18030 bytes shown as Latin-1 or cp1252.
 * cp1252 leaves five bytes undefined (0x81 0x8D 0x8F 0x90 0x9D); tools map them to the C1
 * control with the same number (Python's latin-1, browsers' windows-1252), to U+FFFD (Python's
 * cp1252 with errors="replace"), drop them, or write "?", and each is a variant of its own.
 * Beside those: UTF-8 garbled twice (the mojibake saved as UTF-8 and misread again), and a
 * text where only some paragraphs were garbled (pieces pasted from a misread source).
 */
import iconv from "iconv-lite";

export type UndefinedByteHandling = "c1" | "replacement" | "drop" | "question";

export const MOJIBAKE_VARIANTS = [
  "utf8-as-latin1",
  "utf8-as-cp1252-c1",
  "utf8-as-cp1252-replacement",
  "utf8-as-cp1252-drop",
  "utf8-as-cp1252-question",
  "utf8-as-cp1252-twice",
  "utf8-as-cp1252-partial",
  "gbk-as-latin1",
  "gbk-as-cp1252-replacement",
] as const;
export type MojibakeVariant = (typeof MOJIBAKE_VARIANTS)[number];

const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function latin1(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

function cp1252(bytes: Uint8Array, undefinedBytes: UndefinedByteHandling): string {
  let out = "";
  for (const b of bytes) {
    if (b >= 0x80 && b <= 0x9f) {
      if (CP1252_UNDEFINED.has(b)) {
        if (undefinedBytes === "c1") out += String.fromCharCode(b);
        else if (undefinedBytes === "replacement") out += "\uFFFD";
        else if (undefinedBytes === "question") out += "?";
        continue;
      }
      out += iconv.decode(Buffer.from([b]), "win1252");
    } else out += String.fromCharCode(b);
  }
  return out;
}

const utf8AsCp1252 = (text: string, u: UndefinedByteHandling) => cp1252(Buffer.from(text, "utf8"), u);

/** Every other line that holds non-ASCII text garbled, the rest left clean. */
function partial(text: string): string {
  let k = 0;
  return text
    .split("\n")
    .map((line) => (/[^\x00-\x7f]/.test(line) && k++ % 2 === 0 ? utf8AsCp1252(line, "c1") : line))
    .join("\n");
}

/** `text` as it reads after its bytes were decoded with the wrong charset. */
export function makeMojibake(text: string, variant: MojibakeVariant): string {
  switch (variant) {
    case "utf8-as-latin1":
      return latin1(Buffer.from(text, "utf8"));
    case "utf8-as-cp1252-c1":
      return utf8AsCp1252(text, "c1");
    case "utf8-as-cp1252-replacement":
      return utf8AsCp1252(text, "replacement");
    case "utf8-as-cp1252-drop":
      return utf8AsCp1252(text, "drop");
    case "utf8-as-cp1252-question":
      return utf8AsCp1252(text, "question");
    case "utf8-as-cp1252-twice":
      return utf8AsCp1252(utf8AsCp1252(text, "c1"), "c1");
    case "utf8-as-cp1252-partial":
      return partial(text);
    case "gbk-as-latin1":
      return latin1(iconv.encode(text, "gb18030"));
    case "gbk-as-cp1252-replacement":
      return cp1252(iconv.encode(text, "gb18030"), "replacement");
  }
}
