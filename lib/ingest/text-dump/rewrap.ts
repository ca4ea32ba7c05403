/**
 * Re-joins the hard-wrapped lines of a text-mode browser dump (w3m, lynx, html2text wrap at a
 * fixed column; w3m and lynx cut Chinese anywhere, 40 characters a line). A dump is recognised
 * by its wrap column: several lines end within a few columns of the same width and almost
 * none is wider. A line that reaches the wrap column continues on the next line of the same
 * paragraph, unless the next line starts a new item (a bullet or a number). Text that was not
 * wrapped (scrapers' one-paragraph-a-line dumps) has no such column and is left as it is.
 * Widths are display columns (w3m, html2text) or characters (lynx counts a Han character as
 * one): the measure under which more wrapped lines agree on a column is the dumper's.
 */
import { codePointCount, displayWidth, firstChar, isWide, lastChar } from "./display-width";
import { isFramedHeading, isRuleLine } from "./headings";
import { hasFormControl } from "./link-markers";
import { isMetadataLine } from "../metadata/metadata-line";

export interface DumpLine {
  /** The line without its common indentation; "" for a blank line. */
  text: string;
  indent: number;
  /** The line was indented with full-width spaces (　　), which only a paragraph's first line is. */
  opensParagraph?: boolean;
}

const MIN_WRAP = 40;
const MAX_WRAP = 200;
/** Lines of the wrap column's cluster needed before a column counts as one. */
const MIN_AT_COLUMN = 3;
/** Lines cut between two Han characters at one width that make it a wrap column on their own. */
const MIN_HAN_CUTS = 2;
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;
/** A number the dumper moved down whole at a space, then the sentence's Han text (…前年盈利為 / 8.13 億元): a cut as much as one between two Han characters. */
const NUMBER_THEN_HAN = /^\d[\d.,]*%?\s?\p{Script=Han}/u;
/** Clause punctuation no one starts a line with: a line that does was cut before it. */
const PUNCT_START = /^[，。、；：！？）」』】》]/u;
/** A line cut mid-text: between two Han characters, or before punctuation that closes a clause. */
const midTextCut = (a: string, b: string) => (HAN_END.test(a) && (HAN_START.test(b) || NUMBER_THEN_HAN.test(b))) || (/\p{Script=Han}/u.test(a) && PUNCT_START.test(b));
const WIDE_CHAR = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
/** Share of lines allowed to be wider than the wrap column (unbreakable words, URLs). */
const MAX_OVER_SHARE = 0.03;
/**
 * Columns a wrapped line may pass the column by: dumpers count some punctuation (“”、…) as
 * two columns or one depending on the locale, and lynx measures before stripping its markers.
 */
const OVERSHOOT = 6;
const ITEM_START = /^(?:[•·●▪◆◇■□►▶*+\-]\s|[•·・●▪◆◇■□►▶]\S|\[[A-Za-z][\w-]{0,15}\]\s*\S|\d{1,3}(?:[.](?!\d)|[)、])\s?|[(（]\d{1,3}[)）]|\[\d{1,5}\]\s*(?:https?|ftp|file|mailto|javascript):)/i;
// Lines holding a URL are not wrapped by the dumpers (or are references lists): they say nothing of the column.
const URL_LINE = /:\/\//;
// A line with a wide gap inside is a table row or a layout's header cells: dumpers pad it, never wrap it.
const PADDED_LINE = /\S {3,}\S/;

/**
 * The column the dump was wrapped at, or null when its lines were not wrapped. In one column of
 * a side-by-side layout (`cell`), the cell's edge is the width most run-on lines end at: a cell
 * holds nested cells (captions, toolbars) wider or narrower than its text, so neither the widest
 * cluster nor the share of wider lines tells.
 */
export function wrapColumn(lines: DumpLine[], cell = false): number | null {
  return wrapMeasure(lines, cell)?.column ?? null;
}

/** How a dumper counts a line's width: w3m and html2text in display columns, lynx in characters. */
type Measure = (text: string) => number;
const MEASURES: Measure[] = [displayWidth, codePointCount];

/** The wrap column under whichever measure more wrapped lines agree on (display columns on a tie). */
function wrapMeasure(lines: DumpLine[], cell: boolean): { column: number; measure: Measure } | null {
  let best: { column: number; measure: Measure; support: number } | null = null;
  for (const [k, measure] of MEASURES.entries()) {
    const found = columnBy(lines, cell, measure);
    // Counting characters is only believed where lines cut inside Han runs prove it (lynx); a
    // dump that wraps no Han text shows chance clusters of line lengths that are no column.
    if (found && (k === 0 || found.hanCuts >= MIN_HAN_CUTS) && (!best || found.support > best.support)) best = { ...found, measure };
  }
  return best;
}

function columnBy(lines: DumpLine[], cell: boolean, measure: Measure): { column: number; support: number; hanCuts: number } | null {
  const width = lines.map((l) => (l.text === "" || URL_LINE.test(l.text) || PADDED_LINE.test(l.text) ? -1 : l.indent + measure(l.text)));
  const around = (m: Map<number, number>, w: number) => (m.get(w) ?? 0) + (m.get(w - 1) ?? 0) + (m.get(w - 2) ?? 0) + (m.get(w - 3) ?? 0);
  // Lines cut inside a run of Han characters (w3m and lynx cut anywhere; nobody ends a line
  // there by hand): two of them at one width are a wrap column even in a short dump.
  const cut = new Map<number, number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    if (width[i]! >= 0 && midTextCut(lines[i]!.text, lines[i + 1]!.text)) cut.set(width[i]!, (cut.get(width[i]!) ?? 0) + 1);
  }
  // Dumpers never wrap preformatted text (<pre> code, shell commands): once such cuts prove the
  // text was wrapped, a line without a wide character says nothing of the column, neither where
  // it ends nor where it passes it.
  const hanWrapped = [...cut.keys()].some((w) => w >= MIN_WRAP && w <= MAX_WRAP && around(cut, w) >= MIN_HAN_CUTS);
  const telling = (i: number) => width[i]! >= 0 && (!hanWrapped || WIDE_CHAR.test(lines[i]!.text));
  // How many lines that run on into the next line end at each width.
  const count = new Map<number, number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    if (telling(i) && lines[i + 1]!.text !== "") count.set(width[i]!, (count.get(width[i]!) ?? 0) + 1);
  }
  const near = (w: number) => around(count, w);
  const enough = (w: number) => near(w) >= MIN_AT_COLUMN || around(cut, w) >= MIN_HAN_CUTS;
  const sorted = [...count.keys()].sort((a, b) => b - a);
  if (cell) {
    const best = sorted.filter((w) => w >= MIN_WRAP && w <= MAX_WRAP && enough(w)).sort((a, b) => near(b) - near(a) || b - a)[0];
    return best === undefined ? null : { column: best, support: near(best) + around(cut, best), hanCuts: around(cut, best) };
  }
  const nonBlank = width.filter((w) => w >= 0).length;
  for (const w of sorted) {
    if (w > MAX_WRAP) continue;
    if (w < MIN_WRAP) return null;
    if (!enough(w)) continue;
    const over = width.filter((x, i) => telling(i) && x > w + OVERSHOOT).length;
    // w3m draws a layout table at the table's own width, past the column: where more lines prove
    // the column by cutting Han text mid-word than pass it, the wider lines are such tables.
    return over <= Math.max(2, MAX_OVER_SHARE * nonBlank, around(cut, w) - 1) ? { column: w, support: near(w) + around(cut, w), hanCuts: around(cut, w) } : null;
  }
  return null;
}

/** Columns a line may stop short of the wrap column and still have been wrapped: the next word did not fit. */
function slack(cur: string, next: string, measure: Measure): number {
  const first = firstChar(next);
  const word = /^\S+/.exec(next)?.[0] ?? "";
  // A dumper that counts characters (lynx) breaks Chinese only at spaces: after a Latin word, the
  // "word" that did not fit is the whole run of Han text up to the next space, however long.
  if (measure !== displayWidth && !isWide(lastChar(cur))) return measure(word) + 2;
  if (isWide(first)) return 4;
  return displayWidth(word) + 2;
}

// Punctuation of ambiguous width: a dumper in a CJK locale gives each two columns, so a wrapped
// line holding them ends that many columns short of the column as measured here.
const AMBIGUOUS = /[“”‘’…—–·°±×÷§]/g;
const ambiguous = (text: string) => text.match(AMBIGUOUS)?.length ?? 0;

/** A line cut between two Han characters was wrapped even a little further from the column (lynx measures some letters wider). */
const hanCut = (a: string, b: string) => (HAN_END.test(a) && HAN_START.test(b) ? 2 : 0);

function joiner(a: string, b: string, measure: Measure): string {
  // The dumper broke at the space after the wire dateline's dash: it goes back.
  if (WIRE_DATELINE_END.test(a)) return " ";
  const last = lastChar(a);
  const first = firstChar(b);
  // A dumper that breaks only at spaces (counting characters) took one out between a word and Han text.
  if (measure !== displayWidth) return isWide(last) && isWide(first) ? "" : " ";
  return isWide(last) || isWide(first) ? "" : " ";
}

const FRAME_LINE = /^i?frame\s*:/i;
/** A line of one repeated symbol, neither letter nor digit (━━━, ───, ＊＊＊). */
const SYMBOL_RULE = /^([^\p{L}\p{N}\s])\1{9,}$/u;
/** A row or border of a table drawn in box-drawing characters. */
const BOX_LINE = /^[\u2500-\u257F]/u;
/** A wrapped address or encoded data (no space, no wide character; an image shown as its relative address, "[?a=1&b=2"): each piece is removed as what it is. */
const ENCODED = /^[\x21-\x7e]{30,}$|^\[[?/][\x21-\x7e]/;

/** A paragraph's first line may be indented (　　 or spaces) past its continuation lines. */
const MAX_FIRST_LINE_INDENT = 8;

/**
 * A picture's caption ends with its photographer's credit (…参观。新华社记者王嘉宁摄): a line that
 * ends so ends its caption, however near the column, and the button under it (举报) is not its rest.
 */
const PHOTO_CREDIT_END = /(?:记者|摄影|通讯员)\s*\p{Script=Han}{2,4}\s*摄$/u;

/**
 * A field's short label and its colon or bar opening the line, or fields set apart by spaced bars.
 * The label opens with a letter or digit: a wrapped line opening with the sentence's own closing
 * mark (。（本文来源：X 作者：Y）) is the end of that sentence, where a glued credit is split off.
 */
const FIELDS_START = /^[\p{L}\p{N}][^\s:：|｜]{0,7}\s*[:：|｜]|\s[|｜]\s/u;

/** Continuation lines are indented like their paragraph, or past a bullet's marker, or less than an indented first line. */
function continues(cur: DumpLine, next: DumpLine, firstLine: boolean): boolean {
  if (PHOTO_CREDIT_END.test(cur.text) && !next.text.startsWith("影")) return false;
  if (next.text === "" || next.opensParagraph === true || ITEM_START.test(next.text) || isRuleLine(next.text) || isRuleLine(cur.text)) return false;
  // A rule drawn in symbols (w3m's ━ for <hr>) fills the wrap column but ends no text: what follows it starts anew.
  if (SYMBOL_RULE.test(cur.text) || SYMBOL_RULE.test(next.text)) return false;
  // A table drawn with borders (w3m's ┌─┬─┐, │ between cells) is read row by row: each line is a row, or a border.
  if (BOX_LINE.test(cur.text) || BOX_LINE.test(next.text)) return false;
  // A line padded wide inside (a layout's cells: 2025年12月5日 星期六      第A03版：要闻) may reach the
  // column by its padding alone; dumpers pad such lines, never wrap them, so the next line is its own.
  if (PADDED_LINE.test(cur.text) || PADDED_LINE.test(next.text)) return false;
  if (isFramedHeading(cur.text) || isFramedHeading(next.text)) return false;
  // A frame's address (lynx's "IFRAME: //ads…?a=1&b=2") is not text: joined, it would pass for a paragraph.
  if (FRAME_LINE.test(cur.text) || FRAME_LINE.test(next.text) || ENCODED.test(cur.text) || ENCODED.test(next.text)) return false;
  // A form's controls ("[BUTTON Input]", "____") start a form, not the rest of a sentence: joined,
  // the paragraph above would be removed with the form.
  if (hasFormControl(next.text)) return false;
  // A line of labelled fields (分析师：X 执业证书编号：…, 证券研究报告 | kind | date) that the line
  // classifier reads as a credit or a date line starts a field of the header, not the rest of a sentence.
  if (FIELDS_START.test(next.text) && isMetadataLine(next.text)) return false;
  const itemText = /^([•·●▪◆◇■□►▶*+\-]\s+|\d{1,3}[.)]\s+)/.exec(cur.text);
  const textIndent = cur.indent + (itemText ? itemText[1]!.length : 0);
  if (firstLine && next.indent < cur.indent && cur.indent - next.indent <= MAX_FIRST_LINE_INDENT && !itemText) return true;
  return next.indent === cur.indent || next.indent === textIndent;
}

/** A line ending a sentence or a quotation was not cut by the dumper (or says nothing either way). */
const TERMINAL = /[。！？!?；;：:.…”’」』）)】\]]$/;
/** Characters a line may stop short of the dump's widest line and still have reached the wrap column. */
const WIDEST_SLACK = 3;

/**
 * A dumper that counts characters (lynx, html2text) and wraps one paragraph only leaves no column
 * to find: a short article, or a dump whose other lines are menus. Its wrapped line is then the
 * dump's widest, in characters, and stops inside a sentence, and the next line goes on in Chinese.
 * The widest width, or null when the dump has no line as wide as a wrap column.
 */
function widestChars(lines: DumpLine[]): number | null {
  const widths = lines.filter((l) => l.text !== "" && !URL_LINE.test(l.text) && !PADDED_LINE.test(l.text)).map((l) => l.indent + codePointCount(l.text));
  const widest = Math.max(0, ...widths);
  return widest >= MIN_WRAP ? widest : null;
}

/**
 * A Latin name in brackets cut at its space (德國網球好手茲韋列夫（Alexander / Zverev）今天…):
 * dumpers that break Chinese only at spaces (html2text) cut there whatever the column, and the
 * bracket left open on one line and closed on the next says the two are one sentence.
 */
function bracketCut(a: string, b: string): boolean {
  const open = Math.max(a.lastIndexOf("（"), a.lastIndexOf("("));
  if (open < 0 || a.length - open > 40 || /[)）]/.test(a.slice(open))) return false;
  if (!/[A-Za-z][A-Za-z.'-]*$/.test(a) || !/^[A-Za-z][A-Za-z.'-]*(\s+[A-Za-z][A-Za-z.'-]*){0,3}[)）]/.test(b)) return false;
  return /^[A-Za-z.'\s-]+$/.test(a.slice(open + 1));
}

/** An opening quote or bracket ends no paragraph: a line ending in one was cut inside its sentence, whatever the column. */
const OPEN_END = /[“‘「『（《【]$/u;
const openCut = (a: string, b: string) => OPEN_END.test(a) && /^\S/.test(b);
/**
 * A line opening with clause punctuation (。 ，) after a line of Han text was cut before it, whatever
 * the column: lynx moves the full stop of an over-long line down alone, so its line ends short.
 */
const punctCut = (a: string, b: string) => HAN_END.test(a) && PUNCT_START.test(b);
/**
 * A release wire's dateline (place date /wire/ --, SAN FRANCISCO, Dec. 3 /Wire/ --) opens the
 * release's first sentence: its dash leads into the text, so a line ending on it was cut there
 * (lynx breaks after the dash whatever the column) and the line under it is the sentence's rest.
 */
const WIRE_DATELINE_END = /\d.*\/[^/\s][^/]{0,30}\/\s*(?:--|—{1,2}|–)$/u;
const wireCut = (a: string, b: string) => WIRE_DATELINE_END.test(a) && /^\S/.test(b);

/** Columns a centred line's indent must reach, and how far two centred lines' middles may differ. */
const CENTRED_INDENT = 8;
const CENTRED_SLACK = 4;
/** Display columns a centred line with its margins must fill to have been cut (an 80-column screen, less slack). */
const CENTRED_FULL = 72;
/**
 * A centred headline too long for the screen goes on over a second centred line (lynx and w3m
 * centre <h1>/<center>): both lines indented, the second further, both centred on one middle
 * (in display columns or in characters, as the dumper counts), and cut between two Han
 * characters. No wrap column tells this, since the body's lines may not be wrapped at all. The
 * first line must fill the screen with its two margins: a short centred headline over a centred
 * deck (标题 / 首批23家企业入驻) is two lines that each fitted.
 */
function centredCut(a: DumpLine, b: DumpLine): boolean {
  if (a.indent < CENTRED_INDENT || b.indent <= a.indent || !midTextCut(a.text, b.text) || isMetadataLine(a.text) || isMetadataLine(b.text)) return false;
  if (2 * a.indent + displayWidth(a.text) < CENTRED_FULL) return false;
  const middle = (l: DumpLine, m: (s: string) => number) => l.indent + m(l.text) / 2;
  const chars = codePointCount;
  return [displayWidth, chars].some((m) => Math.abs(middle(a, m) - middle(b, m)) <= CENTRED_SLACK);
}

export function rewrap(lines: DumpLine[], cell = false): DumpLine[] {
  const found = wrapMeasure(lines, cell);
  // Without a column in characters, a lone wrapped paragraph of a dumper that counts them is still found.
  const widest = found === null || found.measure === displayWidth ? widestChars(lines) : null;
  if (found === null && widest === null) return joinCentred(lines);
  const column = found?.column ?? 0;
  const measure = found?.measure ?? displayWidth;
  const out: DumpLine[] = [];
  let cur: DumpLine | null = null;
  let curLastWidth = 0;
  let curLastChars = 0;
  let curAmbiguous = 0;
  let joined = false;
  for (const line of lines) {
    const width = line.indent + measure(line.text);
    // A rule drawn in symbols (w3m's ━ for <hr>) is put on a line of its own after any line, so
    // the line before it says nothing of a wrap, however little room the rule would have needed.
    const byColumn =
      found !== null &&
      curLastWidth <= column + OVERSHOOT &&
      cur !== null &&
      !SYMBOL_RULE.test(line.text) &&
      curLastWidth >= column - slack(cur.text, line.text, measure) - curAmbiguous - hanCut(cur.text, line.text);
    // Without a wrap column the widest line is only a guess at one: a header line of fields
    // (outlet, date, 作者：X 责编：Y) is often the widest of a short dump and ends in a name.
    const byWidest = widest !== null && cur !== null && curLastChars >= widest - WIDEST_SLACK && !TERMINAL.test(cur.text) && isWide(firstChar(line.text)) && !isMetadataLine(cur.text);
    if (cur && ((byColumn || byWidest || bracketCut(cur.text, line.text) || openCut(cur.text, line.text) || punctCut(cur.text, line.text) || wireCut(cur.text, line.text)) && continues(cur, line, !joined) || (!joined && centredCut(cur, line)))) {
      // After an indented first line, the paragraph's own indent is its continuation's.
      cur = { text: cur.text + joiner(cur.text, line.text, measure) + line.text, indent: joined ? cur.indent : Math.min(cur.indent, line.indent) };
      joined = true;
      out[out.length - 1] = cur;
    } else {
      out.push(line);
      joined = false;
      cur = line.text === "" ? null : line;
    }
    curLastWidth = width;
    curLastChars = line.indent + codePointCount(line.text);
    curAmbiguous = ambiguous(line.text);
  }
  return out;
}

/** Only the centred headlines' lines joined, in a dump with no wrap column. */
function joinCentred(lines: DumpLine[]): DumpLine[] {
  const out: DumpLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && prev.text !== "" && centredCut(prev, line) && !(out.length >= 2 && out[out.length - 2]!.text !== "" && centredCut(out[out.length - 2]!, prev))) out[out.length - 1] = { text: prev.text + line.text, indent: prev.indent };
    else out.push(line);
  }
  return out;
}

/** A line cut after the hyphen inside a Latin token or a range of numbers (ZK-2024- / A1, 18- / 25岁). */
const HYPHEN_END = /[A-Za-z0-9]-$/;
const ALNUM_START = /^[A-Za-z0-9]/;

/**
 * Dumpers that break a line only at a space or a hyphen (html2text) cut a long line of Chinese
 * after the hyphen of a code or a range of numbers, whatever their wrap column: a line that long
 * ending in such a hyphen, followed at once by one going on in letters or digits, is one text.
 */
export function joinHyphenBreaks(lines: DumpLine[]): DumpLine[] {
  const out: DumpLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && prev.text !== "" && HYPHEN_END.test(prev.text) && ALNUM_START.test(line.text) && prev.indent + displayWidth(prev.text) >= MIN_WRAP && !URL_LINE.test(prev.text) && !URL_LINE.test(line.text)) {
      out[out.length - 1] = { ...prev, text: prev.text + line.text };
    } else out.push(line);
  }
  return out;
}
