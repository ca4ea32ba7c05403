/**
 * Whole-text mojibake: a page whose bytes were decoded with the wrong charset before the
 * scraper saved it (UTF-8 read as Latin-1 or cp1252, GBK/GB18030 read as Latin-1), so the file
 * itself is valid UTF-8 of garbled text. It is reversed here, before parsing, because every
 * later stage (the HTML region choice, line shapes, punctuation) reads the text it is given.
 * A text is reversed only when its Latin-1/cp1252 runs read as valid UTF-8 (or GB18030) that
 * is ordinary Chinese; clean text (Chinese, English with “quotes” and accents) has no such runs
 * and comes back as null without being touched. Mixed texts with a few damaged phrases are left
 * to the per-block repair (repair/mojibake.ts).
 */
import iconv from "iconv-lite";
import { latinByte, LOST_BYTE_MARK, readUtf8 } from "../repair/mojibake-bytes";
import { hanCommonness } from "../repair/han-commonness";
import { allEveryday, FEW_REREAD_HAN } from "../repair/han-frequency";
import { detectScript } from "../../text/script";
import { readGb18030WithHoles } from "../repair/gbk-lost-bytes";
import { referenceLeads, resolveLatinReferences } from "./latin-references";

/** Fewer characters of the Latin-1/cp1252 upper half than this and the text is not looked at. */
const MIN_SUSPECTS = 6;
/** Valid multibyte characters needed, and their least share of the high bytes' readings. */
const MIN_MULTIBYTE = 3;
const MIN_VALID_SHARE = 0.6;
/** Share of the re-read Han characters that must be common ones (GB2312 level 1 / Big5 level 1). */
const MIN_COMMON_HAN = 0.6;
/**
 * Below this many re-read Han characters the evidence is a handful of pairs that chance can
 * make (é°“é°« reads as 鰓鰫), so all but one in five must be common.
 */
const FEW_HAN = 8;
const MIN_COMMON_FEW_HAN = 0.8;
/**
 * GB18030 reads almost any pair of high bytes as some Han character, so its reading needs more
 * and more ordinary characters than a UTF-8 one, whose byte patterns are strict.
 */
const MIN_GBK_HAN = 8;
const MIN_GBK_COMMON_HAN = 0.8;
/** Unmappable characters a GB18030 re-reading may hold, per Han character. */
const MAX_HOLE_SHARE = 0.01;

export interface UndoneMojibake {
  text: string;
  reason: string;
}

interface Run {
  /** Text that is not part of a run (kept as it is) or a run of one-byte characters. */
  chars: string[];
  bytes: number[] | null;
}

/** A lost-byte mark is read as the "?" other tools write in its place. */
const runByte = (ch: string) => (ch === LOST_BYTE_MARK ? 0x3f : latinByte(ch));

function splitRuns(text: string): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  for (const ch of text) {
    // A line break ends a run: a partly garbled text is garbled a line (a paragraph) at a time.
    const b = ch === "\n" ? -1 : runByte(ch);
    const inRun = b >= 0;
    if (!cur || (cur.bytes !== null) !== inRun) {
      cur = { chars: [], bytes: inRun ? [] : null };
      runs.push(cur);
    }
    cur.chars.push(ch);
    if (inRun) cur.bytes!.push(b);
  }
  return runs;
}

interface Evidence {
  /** Characters of the Latin-1/cp1252 upper half. */
  suspects: number;
  /** Pairs that would be the start of a UTF-8 multibyte sequence (Â–ô then a continuation byte). */
  leads: number;
  /** Characters that no one-byte reading produces (Han, kana…): the text cannot be all GBK-as-Latin-1. */
  foreign: boolean;
}

/** Characters a one-byte reading can produce: Latin-1's upper half and cp1252's extra symbols (some of U+0152–U+2122). */
const BYTE_CANDIDATE = /[\u0080-\u00ff\u0152-\u2122]/g;
/** Characters no one-byte reading produces; U+3000, U+FEFF and U+FFFD (a lost cp1252 byte) are no such evidence. */
const FOREIGN = /[^\u0000-\u00ff\u0152-\u2122\u3000\ufeff\ufffd]/;

/**
 * One cheap pass over the text, so clean text (the common case) costs next to nothing: the
 * regular expressions step over ASCII and Han runs natively, and only the few characters that
 * can be a byte of a misreading are looked at one by one.
 */
function evidence(text: string): Evidence {
  let suspects = 0;
  let leads = 0;
  let foreign = FOREIGN.test(text);
  let prevLead = false;
  let prevAt = -2;
  BYTE_CANDIDATE.lastIndex = 0;
  for (let m = BYTE_CANDIDATE.exec(text); m; m = BYTE_CANDIDATE.exec(text)) {
    const i = m.index;
    // Any other character between two candidates breaks a lead-continuation pair.
    if (i !== prevAt + 1) prevLead = false;
    prevAt = i;
    const c = text.charCodeAt(i);
    const b = c <= 0xff ? c : latinByte(m[0]);
    if (b < 0) {
      foreign = true;
      prevLead = false;
      continue;
    }
    suspects++;
    if (prevLead && b >= 0x80 && b <= 0xbf) leads++;
    prevLead = b >= 0xc2 && b <= 0xf4;
  }
  return { suspects, leads, foreign };
}

// Letters, punctuation and the symbols Chinese pages use (※ № → ■ ● ★ ①, kana and ・).
const ORDINARY_NON_HAN = /^[\u00A0-\u024F\u2010-\u2027\u2030-\u205E\u2100-\u27BF\u3000-\u30FF\uFF00-\uFFEF\u2E80-\u2FFF]$/u;

/** Whether re-read characters look like a real text's: mostly common Han, or Latin letters and punctuation. */
function plausible(decoded: string): boolean {
  const han = hanCommonness(decoded);
  if (han.han >= MIN_MULTIBYTE) {
    if (han.han < FEW_REREAD_HAN && !allEveryday(decoded)) return false;
    return han.share >= (han.han < FEW_HAN ? MIN_COMMON_FEW_HAN : MIN_COMMON_HAN);
  }
  const others = [...decoded].filter((ch) => !/\p{Script=Han}/u.test(ch));
  return others.length > 0 && others.every((ch) => ORDINARY_NON_HAN.test(ch));
}

const MIN_RUN_COMMON_HAN = 0.5;

/** Emoji with their modifiers, joiners and presentation selector: a chat line's whole content may be two of them. */
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200D\uFE0F\u20E3]/gu;
/** Kana letters (not the middle dot ・ a Chinese page uses as a bullet). */
const KANA = /[\u3041-\u3096\u30A1-\u30FA]/u;

/**
 * Whether one run's re-read characters are ordinary: common Han, or Latin letters and
 * punctuation, or emoji. A run that holds kana is Japanese, whose kanji (対, 囲, 気) are not
 * common Chinese ones: there the other characters only have to be text. Each such reading is
 * valid multibyte UTF-8, which a clean run of Latin-1 letters (é×–) almost never is.
 */
function ordinaryRun(decoded: string): boolean {
  const text = decoded.replace(EMOJI, "");
  if (text === "") return decoded !== "";
  const han = hanCommonness(text);
  const nonHan = () => [...text].every((ch) => /\p{Script=Han}/u.test(ch) || ORDINARY_NON_HAN.test(ch));
  // Half, not the whole text's bar: a short line's one rare name (喵喵之歌) must not sink it.
  if (han.han > 0) return han.share >= MIN_RUN_COMMON_HAN || (KANA.test(text) && nonHan());
  return nonHan();
}

/** How many times a text may have been garbled (UTF-8 misread, saved, misread again). */
const MAX_LAYERS = 2;

function asUtf8(runs: Run[], layer: number): UndoneMojibake | null {
  let multibyte = 0;
  let invalid = 0;
  let questionHoles = 0;
  let decoded = "";
  const runMultibyte = runs.map(() => 0);
  const runDecoded = runs.map((r, k) => {
    if (!r.bytes) return "";
    const reading = readUtf8(r.chars, r.bytes, null);
    runMultibyte[k] = reading.multibyte;
    multibyte += reading.multibyte;
    invalid += reading.invalid;
    questionHoles += reading.questionHoles;
    let own = "";
    for (const ch of reading.text) if (ch.codePointAt(0)! > 0x7f && latinByte(ch) < 0) own += ch;
    decoded += own;
    return own;
  });
  if (multibyte < MIN_MULTIBYTE || multibyte / (multibyte + invalid) < MIN_VALID_SHARE) return null;
  if (!plausible(decoded)) return layer < MAX_LAYERS ? undoInner(runs, layer) : null;
  const mend = { script: detectScript(decoded), lost: questionHoles * 2 > invalid ? ("question" as const) : ("dropped" as const) };
  let mended = 0;
  const partly = runs.some((r) => !r.bytes && r.chars.some((ch) => ch.trim() !== ""));
  const text = runs
    .map((r, k) => {
      // In a text only partly garbled, a run between clean characters that re-reads as
      // nothing ordinary (×– as the Hebrew ז) was clean text all along.
      if (!r.bytes || (partly && runDecoded[k] !== "" && !ordinaryRun(runDecoded[k]!))) return r.chars.join("");
      // In a partly garbled text, a run with no intact multibyte character (é” between two Han
      // characters) is text: nothing in it vouches for a mend.
      const reading = readUtf8(r.chars, r.bytes, partly && runMultibyte[k] === 0 ? null : mend);
      mended += reading.mended;
      return reading.text;
    })
    .join("");
  const note = mended > 0 ? `, ${mended} characters whose cp1252-undefined byte was lost mended by likelihood` : "";
  return { text, reason: `text was UTF-8 shown as Latin-1/cp1252 (${multibyte} characters re-read${note})` };
}

/**
 * A reading that is valid UTF-8 but not ordinary text may be mojibake itself: the garbled text
 * was saved as UTF-8 and misread again. It is taken only when it too reverses to ordinary text.
 */
function undoInner(runs: Run[], layer: number): UndoneMojibake | null {
  const once = runs.map((r) => (r.bytes ? readUtf8(r.chars, r.bytes, null).text : r.chars.join(""))).join("");
  const inner = undoLayer(once, layer + 1);
  return inner && { text: inner.text, reason: `text was garbled twice (UTF-8 shown as Latin-1/cp1252, saved and misread again); ${inner.reason}` };
}

function asGb18030(runs: Run[]): UndoneMojibake | null {
  // GBK read as Latin-1 leaves no character outside the one-byte range.
  if (runs.some((r) => !r.bytes && r.chars.some((ch) => ch.trim() !== ""))) return null;
  let text = runs.map((r) => (r.bytes ? iconv.decode(Buffer.from(r.bytes), "gb18030") : r.chars.join(""))).join("");
  if (text.includes("?") && runs.some((r) => r.chars.includes(LOST_BYTE_MARK))) {
    text = runs.map((r) => (r.bytes ? readGb18030WithHoles(r.bytes, r.chars.map((ch) => ch === LOST_BYTE_MARK)) : r.chars.join(""))).join("");
  }
  const han = hanCommonness(text);
  // A right reading leaves at most the odd hole the page had already (U+FFFD, private use).
  const holes = text.match(/[\uFFFD\uE000-\uF8FF]/g)?.length ?? 0;
  if (holes > MAX_HOLE_SHARE * han.han) return null;
  if (han.han < MIN_GBK_HAN || han.share < MIN_GBK_COMMON_HAN) return null;
  return { text, reason: `text was GBK/GB18030 shown as Latin-1 (${han.han} Han characters re-read)` };
}

const isGbLead = (b: number) => b >= 0x81 && b <= 0xfe;
const isGbTrail = (b: number) => b >= 0x40 && b <= 0xfe && b !== 0x7f;

/**
 * A garbled text hard-wrapped at a width (each Latin-1 character one column) has line breaks
 * between the two bytes of a GBK character; such a break is moved after the character, read
 * byte by byte from each line's start (a real GBK text never breaks a line inside a pair).
 * Null when no break splits a pair.
 */
function rejoinSplitPairs(text: string): string | null {
  const chars = [...text];
  const out: string[] = [];
  let moved = 0;
  for (let i = 0; i < chars.length; ) {
    const b = runByte(chars[i]!);
    if (b < 0 || !isGbLead(b)) {
      out.push(chars[i++]!);
      continue;
    }
    const next = chars[i + 1] === undefined ? -1 : runByte(chars[i + 1]!);
    // A four-byte sequence (lead, digit, lead, digit) is read whole.
    if (next >= 0x30 && next <= 0x39) {
      out.push(...chars.slice(i, i + 4));
      i += 4;
      continue;
    }
    if (chars[i + 1] === "\n" && chars[i + 2] !== undefined && isGbTrail(runByte(chars[i + 2]!))) {
      out.push(chars[i]!, chars[i + 2]!, "\n");
      moved++;
      i += 3;
      continue;
    }
    out.push(...chars.slice(i, i + 2));
    i += 2;
  }
  return moved > 0 ? out.join("") : null;
}

/** The lead count for a text with no FOREIGN character, which is not counted (see undoLayer). */
const NOT_COUNTED = -1;

/**
 * The text with its mojibake reversed, or null when it is not (wholly) mojibake. In HTML, a
 * mojibake whose characters were written as references (latin-references.ts) is reversed too.
 * `countLeads(limit)` is leadBytes(text, limit), by other means when the caller has them (the
 * bytes the text was decoded from).
 */
export function undoMojibake(text: string, html = false, countLeads: (limit: number) => number = (limit) => leadBytes(text, limit)): UndoneMojibake | null {
  // The page's lead characters are counted once, for both tests below (each a scan of the page).
  const leads = FOREIGN.test(text) ? countLeads(MIN_MULTIBYTE) : NOT_COUNTED;
  // As it stands first: a page garbled as characters keeps the page's own &nbsp; and &copy; as
  // references, and resolving them would put their bytes inside its GBK pairs.
  const direct = undoLayer(text, 1, leads);
  if (direct || !html) return direct;
  // Text holding a character no one-byte reading makes (Han, kana…) reverses only as UTF-8, which
  // takes MIN_MULTIBYTE lead-continuation pairs: when the text with its references resolved would
  // not even hold that many lead bytes, resolving them cannot make it reverse (most pages).
  if (leads !== NOT_COUNTED && leads + referenceLeads(text, MIN_MULTIBYTE - leads) < MIN_MULTIBYTE) return null;
  const resolved = resolveLatinReferences(text);
  const undone = resolved === null ? null : undoLayer(resolved, 1);
  return undone && { text: undone.text, reason: `${undone.reason}, its bytes written as HTML character references` };
}

/** Characters of UTF-8's lead bytes read as Latin-1 (see evidence's `leads`). */
const LEAD_BYTE = /[\u00c2-\u00f4]/g;

/** How many characters LEAD_BYTE matches in `text`, counted up to `limit`. */
function leadBytes(text: string, limit: number): number {
  let n = 0;
  LEAD_BYTE.lastIndex = 0;
  while (n < limit && LEAD_BYTE.test(text)) n++;
  return n;
}

/** `leads`: leadBytes(text, MIN_MULTIBYTE) when the text holds a FOREIGN character, NOT_COUNTED when it holds none; left out, worked out here. */
function undoLayer(text: string, layer: number, leads = FOREIGN.test(text) ? leadBytes(text, MIN_MULTIBYTE) : NOT_COUNTED): UndoneMojibake | null {
  // Text holding a character no one-byte reading makes reverses only as UTF-8, whose pairs each
  // open with a lead byte: without MIN_MULTIBYTE of them, a native scan spares evidence's walk
  // over every quotation mark and dash of a Chinese page.
  if (leads !== NOT_COUNTED && leads < MIN_MULTIBYTE) return null;
  const e = evidence(text);
  if (e.suspects < MIN_SUSPECTS) return null;
  const utf8Possible = e.leads >= MIN_MULTIBYTE;
  if (!utf8Possible && e.foreign) return null;
  const runs = splitRuns(text);
  if (utf8Possible) {
    const utf8 = asUtf8(runs, layer);
    if (utf8) return utf8;
  }
  if (e.foreign) return null;
  const gbk = asGb18030(runs);
  if (gbk) return gbk;
  const rejoined = rejoinSplitPairs(text);
  const wrapped = rejoined === null ? null : asGb18030(splitRuns(rejoined));
  return wrapped && { text: wrapped.text, reason: `${wrapped.reason}, its lines wrapped inside characters` };
}
