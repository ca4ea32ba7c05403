/**
 * UTF-16 without a byte-order mark. Such files were refused as binary (their NUL bytes), though
 * the pattern gives them away: every ASCII character, line break included, is a NUL and its byte,
 * so NULs sit mostly on one parity of offset (odd for little-endian, even for big-endian); the
 * other parity holds few (characters such as 一 U+4E00, common in Chinese, have a NUL byte). The decoding
 * must then read as text: no control characters other than whitespace, no unpaired surrogates,
 * and its non-ASCII characters mostly ordinary Chinese.
 */
import iconv from "iconv-lite";
import type { EncodingName } from "../types";
import { textQuality } from "./text-quality";

const SAMPLE_BYTES = 8_192;
/** Of the non-ASCII characters, at least this share must be frequent Chinese (a wrong guess makes rare ones). */
const MIN_FREQUENT_SHARE = 0.5;
/** NULs on the ASCII parity outnumber those on the other by at least this much. */
const MIN_PARITY_RATIO = 3;

export interface Utf16Guess {
  encoding: Extract<EncodingName, "utf-16le" | "utf-16be">;
  reason: string;
}

export function sniffUtf16(bytes: Uint8Array): Utf16Guess | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
  const pairs = n / 2;
  let encoding: Utf16Guess["encoding"] | null = null;
  const enough = Math.max(2, pairs * 0.02);
  if (oddNul >= enough && evenNul * MIN_PARITY_RATIO <= oddNul) encoding = "utf-16le";
  else if (evenNul >= enough && oddNul * MIN_PARITY_RATIO <= evenNul) encoding = "utf-16be";
  if (!encoding) return null;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, n), encoding);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) return null;
  const q = textQuality(text);
  if (q.nonAscii > 0 && q.frequentShare < MIN_FREQUENT_SHARE) return null;
  const share = ((100 * (encoding === "utf-16le" ? oddNul : evenNul)) / pairs).toFixed(0);
  return { encoding, reason: `no byte-order mark; NUL bytes on ${encoding === "utf-16le" ? "odd" : "even"} offsets (${share}% of characters), read as ${encoding === "utf-16le" ? "UTF-16LE" : "UTF-16BE"}` };
}
