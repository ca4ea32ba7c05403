/**
 * The charset an HTML page declares (<meta charset>, <meta http-equiv="Content-Type"
 * content="…; charset=…">), read from the first bytes as Latin-1 so no decoding is assumed.
 * Aliases are folded onto the encodings the pipeline knows: GB2312/GBK are subsets of GB18030,
 * so decoding them as GB18030 never loses characters.
 */
import type { EncodingName } from "../types";

// Browsers only pre-scan 1,024 bytes; scraped pages often put a long <head> first, so look further.
const SCAN_BYTES = 16_384;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/gi;

const ALIASES: Record<string, EncodingName> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  gb2312: "gb18030",
  gbk: "gb18030",
  "x-gbk": "gb18030",
  gb18030: "gb18030",
  "gb_2312-80": "gb18030",
  "iso-ir-58": "gb18030",
  chinese: "gb18030",
  cp936: "gb18030",
  "windows-936": "gb18030",
  "euc-cn": "gb18030",
  big5: "big5",
  "big5-hkscs": "big5",
  "x-x-big5": "big5",
  "cn-big5": "big5",
  cp950: "big5",
  "utf-16": "utf-16le",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
};

export interface DeclaredCharset {
  /** The label as written in the page, lower-cased (e.g. "gb2312"). */
  label: string;
  /** The encoding that label maps to, or null when the pipeline does not support it. */
  encoding: EncodingName | null;
}

export function declaredCharset(bytes: Uint8Array): DeclaredCharset | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SCAN_BYTES)).toString("latin1");
  META_CHARSET.lastIndex = 0;
  const m = META_CHARSET.exec(head);
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  return { label, encoding: ALIASES[label] ?? null };
}
