/**
 * Makes mojibake the way real tools make it, to measure (and property-test) its reversal:
 * UTF-8 bytes shown as Latin-1 or as cp1252, and GB18030 bytes shown as Latin-1. cp1252 leaves
 * five bytes undefined (0x81 0x8D 0x8F 0x90 0x9D); tools either map them to the C1 control
 * with the same number, drop them, or write "?", and each is a variant of its own.
 */
import iconv from "iconv-lite";

export type UndefinedByteHandling = "c1" | "drop" | "question";

export const MOJIBAKE_VARIANTS = ["utf8-as-latin1", "utf8-as-cp1252-c1", "utf8-as-cp1252-drop", "utf8-as-cp1252-question", "gbk-as-latin1"] as const;
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
        else if (undefinedBytes === "question") out += "?";
        continue;
      }
      out += iconv.decode(Buffer.from([b]), "win1252");
    } else out += String.fromCharCode(b);
  }
  return out;
}

/** `text` as it reads after its bytes were decoded with the wrong charset. */
export function makeMojibake(text: string, variant: MojibakeVariant): string {
  switch (variant) {
    case "utf8-as-latin1":
      return latin1(Buffer.from(text, "utf8"));
    case "utf8-as-cp1252-c1":
      return cp1252(Buffer.from(text, "utf8"), "c1");
    case "utf8-as-cp1252-drop":
      return cp1252(Buffer.from(text, "utf8"), "drop");
    case "utf8-as-cp1252-question":
      return cp1252(Buffer.from(text, "utf8"), "question");
    case "gbk-as-latin1":
      return latin1(iconv.encode(text, "gb18030"));
  }
}
