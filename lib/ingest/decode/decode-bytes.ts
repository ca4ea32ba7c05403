/**
 * Bytes of a scraped file → text, with the encoding used and why. The order, most trusted first:
 *  1. a byte-order mark (UTF-8, UTF-16LE/BE);
 *  2. UTF-16 without a BOM, told by where its NUL bytes fall (utf16-sniff.ts); then binary and
 *     empty input are refused with typed errors (IngestInputError);
 *  3. for HTML, the declared charset (<meta charset>, http-equiv Content-Type) — but the bytes
 *     win over the declaration: pages declaring gb2312 are often re-saved as UTF-8, so bytes that
 *     are valid UTF-8 with multibyte sequences are read as UTF-8, and a declaration whose decoding
 *     is full of replacement characters yields to detection;
 *  4. detection: strict UTF-8 first (a wrong encoding almost never validates as UTF-8), then the
 *     most readable of GB18030, Big5 and lenient UTF-8 (text-quality.ts).
 * A result still full of replacement characters is refused (DecodeError), never passed on as
 * U+FFFD soup. Last, 5. a text that is itself mojibake (a page decoded wrongly before it was
 * saved) is reversed when it re-reads as ordinary text (undo-mojibake.ts).
 */
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import type { Decoded, EncodingName } from "../types";
import { sniffBom } from "./bom";
import { binaryReason } from "./binary";
import { declaredCharset } from "./declared-charset";
import { DecodeError, IngestInputError } from "./errors";
import { looksLikeHtml } from "./format";
import { textQuality, type TextQuality } from "./text-quality";
import { sniffUtf16 } from "./utf16-sniff";
import { undoMojibake } from "./undo-mojibake";

/** Above this share of unmappable characters (and a few of them) a decoding is refused. */
const MAX_BAD_SHARE = 0.05;
const MIN_BAD_TO_REFUSE = 3;
/** A declared encoding yields to detection only when another decoding is clearly more readable. */
const DECLARATION_MARGIN = 0.2;

const DISPLAY: Record<EncodingName, string> = {
  "utf-8": "UTF-8",
  gb18030: "GB18030",
  big5: "Big5",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
};

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeWith(bytes: Uint8Array, encoding: EncodingName): string {
  if (encoding === "utf-8") return new TextDecoder("utf-8").decode(bytes);
  return iconv.decode(asBuffer(bytes), encoding);
}

/**
 * The text when the bytes are valid UTF-8, else null. Validating first (simdutf) and then
 * decoding costs less than a fatal TextDecoder, which throws on most non-UTF-8 pages; a leading
 * BOM is dropped as TextDecoder drops it.
 */
function tryStrictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const text = asBuffer(bytes).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

interface Candidate {
  encoding: EncodingName;
  text: string;
  quality: TextQuality;
}

function candidate(bytes: Uint8Array, encoding: EncodingName): Candidate {
  const text = decodeWith(bytes, encoding);
  return { encoding, text, quality: textQuality(text) };
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

function describe(c: Candidate): string {
  return `${DISPLAY[c.encoding]}: ${percent(c.quality.frequentShare)} common Chinese, ${percent(c.quality.badShare)} unmappable`;
}

/** The most readable of GB18030, Big5 and lenient UTF-8, best first. */
function detect(bytes: Uint8Array): Candidate[] {
  return (["gb18030", "big5", "utf-8"] as const).map((e) => candidate(bytes, e)).sort((a, b) => b.quality.score - a.quality.score);
}

function refuseIfSoup(c: Candidate, fileName: string): void {
  const q = c.quality;
  if (q.bad >= MIN_BAD_TO_REFUSE && q.badShare > MAX_BAD_SHARE) {
    throw new DecodeError(
      `cannot decode ${fileName}: even the best guess (${DISPLAY[c.encoding]}) leaves ${q.bad} of ${q.nonAscii} non-ASCII characters unmappable (${percent(q.badShare)})`,
      { encoding: c.encoding, badShare: q.badShare },
    );
  }
}

/**
 * The characters U+00C2–U+00F4 of the text that valid UTF-8 `bytes` decode to, counted up to
 * `limit` (undoMojibake's lead characters): each is the byte pair C3 82–C3 B4, and in valid UTF-8
 * a C3 byte opens such a pair and nothing else, so a native search for it replaces a scan of the
 * decoded page's characters.
 */
export function utf8Leads(bytes: Uint8Array, limit: number): number {
  const b = asBuffer(bytes);
  let n = 0;
  for (let i = b.indexOf(0xc3); i !== -1 && n < limit; i = b.indexOf(0xc3, i + 1)) {
    const next = b[i + 1]!;
    if (next >= 0x82 && next <= 0xb4) n++;
  }
  return n;
}

/** `utf8From`: the valid UTF-8 bytes the text was decoded from, when it was (see utf8Leads). */
function finish(text: string, encoding: EncodingName, encodingReason: string, html: boolean, utf8From?: Uint8Array): Decoded {
  const clean = text.replace(/^\uFEFF/, "");
  if (clean.trim() === "") throw new IngestInputError("empty", "file holds no text (only whitespace)");
  // 5. the text itself may be mojibake saved faithfully: reversed before any stage reads it.
  const undone = undoMojibake(clean, html, utf8From && ((limit) => utf8Leads(utf8From, limit)));
  if (undone) return { text: undone.text, encoding, encodingReason: `${encodingReason}; ${undone.reason}`, format: html ? "html" : "text" };
  return { text: clean, encoding, encodingReason, format: html ? "html" : "text" };
}

export function decodeBytes(bytes: Uint8Array, fileName: string): Decoded {
  if (bytes.length === 0) throw new IngestInputError("empty", "file is empty (0 bytes)");

  const bom = sniffBom(bytes);
  if (bom) {
    const c = candidate(bytes.subarray(bom.length), bom.encoding);
    refuseIfSoup(c, fileName);
    return finish(c.text, bom.encoding, `byte-order mark (${DISPLAY[bom.encoding]})`, looksLikeHtml(fileName, c.text));
  }

  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const c = candidate(bytes.subarray(0, bytes.length & ~1), utf16.encoding);
    refuseIfSoup(c, fileName);
    return finish(c.text, utf16.encoding, utf16.reason, looksLikeHtml(fileName, c.text));
  }

  const binary = binaryReason(bytes);
  if (binary) throw new IngestInputError("binary", binary);

  const head = asBuffer(bytes.subarray(0, 4_096)).toString("latin1");
  const html = looksLikeHtml(fileName, head);
  const utf8 = tryStrictUtf8(bytes);
  const multibyte = utf8 !== null && hasNonAscii(bytes);
  const declared = html ? declaredCharset(bytes) : null;

  if (declared && declared.encoding && declared.encoding !== "utf-16le" && declared.encoding !== "utf-16be") {
    const label = declared.label;
    if (declared.encoding === "utf-8") {
      if (utf8 !== null) return finish(utf8, "utf-8", `html meta charset ${label}`, html, bytes);
      const [best] = detect(bytes);
      refuseIfSoup(best!, fileName);
      return finish(best!.text, best!.encoding, `declared ${label} but bytes are not valid UTF-8; detected ${describe(best!)}`, html);
    }
    if (multibyte) return finish(utf8, "utf-8", `declared ${label} but bytes are valid UTF-8`, html, bytes);
    if (utf8 !== null) return finish(utf8, declared.encoding, `html meta charset ${label} (ASCII-only bytes)`, html, bytes);
    const asDeclared = candidate(bytes, declared.encoding);
    const [best] = detect(bytes);
    if (best!.encoding !== declared.encoding && best!.quality.score > asDeclared.quality.score + DECLARATION_MARGIN) {
      refuseIfSoup(best!, fileName);
      return finish(best!.text, best!.encoding, `declared ${label} but bytes read better as ${describe(best!)} (declared: ${describe(asDeclared)})`, html);
    }
    refuseIfSoup(asDeclared, fileName);
    return finish(asDeclared.text, declared.encoding, `html meta charset ${label}`, html);
  }

  const ignored = declared ? ` (declared ${declared.label}, which is not supported)` : "";
  if (utf8 !== null) return finish(utf8, "utf-8", `${multibyte ? "detected: valid UTF-8" : "ASCII-only bytes, read as UTF-8"}${ignored}`, html, bytes);
  const ranked = detect(bytes);
  const best = ranked[0]!;
  refuseIfSoup(best, fileName);
  const runnerUp = ranked[1]!;
  return finish(best.text, best.encoding, `detected ${describe(best)} (not valid UTF-8; next best ${describe(runnerUp)})${ignored}`, html);
}
