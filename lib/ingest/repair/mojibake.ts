/**
 * Reverses mojibake that kept every byte: UTF-8 read as GBK (鍏徃 → 公司), UTF-8 read as
 * Latin-1/cp1252 (å¤§æ¨¡åž‹ → 大模型), and GBK read as Latin-1 (´óÄ£ÐÍ → 大模型).
 * A run is replaced only when the re-decoding is valid and clearly more ordinary Chinese.
 */
import iconv from "iconv-lite";
import type { Repair } from "../types";
import { hanCommonness } from "./han-commonness";
import { gb2312Share, MIN_GB2312_SHARE } from "./gb2312-share";
import { allEveryday, FEW_REREAD_HAN } from "./han-frequency";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function tryUtf8(bytes: Buffer): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

// Runs of characters that Latin-1/cp1252 produces from UTF-8 or GBK bytes.
const LATIN_RUN = /[\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{4,}/g;
// Runs of non-ASCII characters that may be UTF-8 read as GBK (GBK maps some byte pairs to
// Cyrillic, Greek and pinyin letters, so the run is not Han only).
const HAN_RUN = /[^\x00-\x7F\s]{4,}/gu;

const MIN_GBK_HAN = 4;

function betterChinese(candidate: string, original: string): boolean {
  if (candidate.includes("\uFFFD")) return false;
  const c = hanCommonness(candidate);
  if (c.han < 2 || c.share < 0.8) return false;
  if (c.han < FEW_REREAD_HAN && !allEveryday(candidate)) return false;
  const o = hanCommonness(original);
  return o.han === 0 || c.share > o.share + 0.25;
}

/** Bytes behind a Latin-1 or cp1252 reading: code points ≤ 0xFF are the byte itself. */
function latinBytes(run: string): Buffer {
  const bytes: number[] = [];
  for (const ch of run) {
    const code = ch.codePointAt(0)!;
    if (code <= 0xff) bytes.push(code);
    else bytes.push(...iconv.encode(ch, "win1252"));
  }
  return Buffer.from(bytes);
}

function fromLatin(run: string): string | null {
  const bytes = latinBytes(run);
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null && betterChinese(utf8, run)) return utf8;
  // GB18030 reads almost any pair of high bytes as a character: ask for a phrase, not a pair.
  const gbk = iconv.decode(bytes, "gb18030");
  if (hanCommonness(gbk).han >= MIN_GBK_HAN && gb2312Share(bytes) >= MIN_GB2312_SHARE && betterChinese(gbk, run)) return gbk;
  return null;
}

function fromGbkMisread(run: string): string | null {
  const bytes = iconv.encode(run, "gb18030");
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null && utf8 !== run && betterChinese(utf8, run)) return utf8;
  return null;
}

export function repairMojibake(text: string, block: number): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let out = text.replace(LATIN_RUN, (run: string, offset: number) => {
    const fixed = fromLatin(run);
    if (fixed === null) return run;
    repairs.push({ kind: "mojibake", block, offset, from: run, to: fixed, applied: true });
    return fixed;
  });
  out = out.replace(HAN_RUN, (run: string, offset: number) => {
    // Ordinary text is left alone without paying for a re-encode.
    if (hanCommonness(run).share > 0.85) return run;
    const fixed = fromGbkMisread(run);
    if (fixed === null) return run;
    repairs.push({ kind: "mojibake", block, offset, from: run, to: fixed, applied: true });
    return fixed;
  });
  return { text: out, repairs };
}
