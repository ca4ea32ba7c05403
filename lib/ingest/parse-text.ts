/**
 * Splits a plain-text dump into line blocks, keeping indentation, bullets and headings as
 * structure hints. Dumps of text-mode browsers (w3m, lynx, html2text) are read as such: their
 * side-by-side columns of a layout table are read one after the other (text-dump/columns.ts), their
 * common indentation is removed, hard-wrapped lines are re-joined (text-dump/rewrap.ts), heading
 * marks and underlines become the heading flag (text-dump/headings.ts), and link markers
 * ("[12]") are stripped into the block's link density (text-dump/link-markers.ts), and a code block or
 * a listing of labelled entries is marked as the article's own structure (text-dump/structured-runs.ts).
 */
import type { Block } from "./types";
import { joinHyphenBreaks, rewrap, type DumpLine } from "./text-dump/rewrap";
import { splitColumns } from "./text-dump/columns";
import { dropRepeatedTails } from "./text-dump/repeated-tail";
import { markedHeading, underlines, isRuleLine } from "./text-dump/headings";
import { hasFormControl, stripLinkMarkers } from "./text-dump/link-markers";
import { phraseRuns, shortLineWriting, structuredLines } from "./text-dump/structured-runs";
import { joinWrappedUrls } from "./text-dump/wrapped-url";
import { displayWidth } from "./text-dump/display-width";
import { dumperNumbers } from "./text-dump/list-numbers";
import { joinBoxRows } from "./text-dump/box-rows";

const BULLET = /^[•·●▪◆◇■□►▶+\-*]\s+/;
// A bullet drawn as an image, which w3m prints as its name ("[dot][22]新闻标题").
const IMAGE_BULLET = /^\[[A-Za-z][\w-]{0,15}\]\s*\S/;

// A picture printed as its alt text in brackets, then the same words as its caption ([标题] 标题):
// a linked picture of a list of other stories' pictures, an entry of that list, not a sentence.
const PICTURE_TEASER = /^\[([^\[\]]{4,})\]\s*([^\[\]]+)$/u;
const pictureTeaser = (text: string) => {
  const m = PICTURE_TEASER.exec(text);
  return m !== null && m[1]!.trim() === m[2]!.trim();
};

// An inline image's data (html2text prints "[data:image/png;base64,…]", wrapped over many lines).
const DATA_URI = /\[?data:[\w/+.\s-]+;base64,[A-Za-z0-9+/=\s]*\]?/g;
// An image shown as its address in brackets, which html2text wraps over lines like text.
const BRACKETED = /\[[^\[\]\n]*(?:\n[^\[\]\n]*){0,4}\]/g;
const ADDRESS = /^(?:[a-z][\w+.-]*:)?\/\/[\x21-\x7e]+$/i;
// …or as its relative address, without a scheme ([e62c…~noop.image?_iz=5&from=article]): a long
// run of address characters with a query or an image's file ending, no space inside a line.
const RELATIVE_ADDRESS = /^(?=[\x21-\x7e]{30,}$)(?:[^?\s]*\?[^=\s]+=[\x21-\x7e]*|[^?\s]+\.(?:jpe?g|png|gif|webp|avif|bmp))$/i;
function imageAddress(inner: string): boolean {
  const joined = inner.replace(/\s+/g, "");
  return ADDRESS.test(joined) || (!/\S +\S/.test(inner) && RELATIVE_ADDRESS.test(joined));
}

// Markup a page printed as text (an escaped tag in its headline), wrapped over lines like text.
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,600})?>/gi;
// The rest of a tag whose "<name" a broken page lost (the dumper printed its attributes as text,
// value="" maxlength="10" … style="width:166px"/>): two attributes in a row are markup, not prose.
const ATTRIBUTES = /(?:(?<![\w-])[a-z][\w:-]*="[^"\n]*"\s*){2,}(?:\/?>)?/gi;
// The last of a broken tag's attribute value opening a line of text (2px>　　12月6日，…): a
// length or a quoted/punctuated value, then ">" right before the Chinese text (or its date) it opened.
const TAG_TAIL = /^(?:[\w.#-]*\d(?:px|em|pt|%)|[^\s<>\[\]]*["'=;][^\s<>\[\]]*)\/?>(?=[ \u3000]*[\p{Script=Han}\d])/gmu;

// "[151]百度国际大厦深圳奠基[152]16日，百度国际大厦…": a headline link and, glued to it by the
// rewrap, a second link opening a run of prose. The dumper numbers a link once however long it
// runs, so this is a story's headline and its linked teaser, all link, not a paragraph with links.
// A headline carries no clause punctuation: a first part with a comma or a full stop is a sentence
// (a lead that opens with the outlet's link, "[44]某网北京电（记者某）…获悉，[45]春运…"), and the line a paragraph.
const HEADLINE_THEN_TEASER = /^\s*\[\d{1,5}\][^\[\]\s，。；！？]{4,40}\[\d{1,5}\][^\[\]]{30,}$/u;

// A drop-down list, which html2text prints as all its options in one bracket ("[One of: 新闻/网页]").
// Inside a layout table the bracket is often cut off by the next cell before it closes (html2text
// cuts a cell at its width mid-character, leaving U+FFFD, and a later "]" is the other cell's);
// then the options run on to the end of the line, and on the next lines from the box's column
// up to the closing bracket. Blanked to spaces of its width so the columns stay aligned.
const SELECT_OPEN = "[One of: ";
const SELECT_CLOSED = /^\[One of: [^\[\]\n\uFFFD]*\]/u;
/** Lines a cut-off box's options may wrap over. */
const SELECT_MAX_LINES = 12;

// A table w3m draws with box characters: a border line (┏━┳━┓, ├──┤) says nothing, and a row's bars
// (│ ┃ ║) stand between cells, as the wide gaps between fields do on a page's info line.
const BOX_BORDER = /^[\u2500-\u257F\s]+$/u;
const BOX_BAR = /\s*[│┃║]\s*/gu;
export function boxRowText(line: string): string {
  if (!/^\s*[│┃║]/u.test(line)) return line;
  return line.replace(BOX_BAR, "   ").trim();
}

// A line that is one Markdown picture (![alt](address)), and a line wholly in *italics*.
const MD_PICTURE_LINE = /^!\[[^\]\n]*\]\([^)\s]+\)$/;
const MD_CAPTION = /^\*(?![\s*])[^*]+(?<![\s*])\*$/;

// lynx's reference list: "References" (or "Visible links:") then "  7. https://…", one a line.
const REFERENCE = /^\s*(\d{1,5})\.\s+([a-z][\w+.-]*:\S+)\s*$/i;
const REFERENCES_HEAD = /^\s*(?:References|Visible links:?|Hidden links:?)\s*$/;
// A line that is one link: its marker first, no other marker, headline-long (lynx's "[7]Headline").
const WHOLE_LINK = /^\s*\[(\d{1,5})\](?![^\[]*\[\d{1,5}\])[^\n]{2,90}$/;

/** The dump's reference list, number to address, read after its heading only. */
function referenceList(lines: string[]): Map<number, string> {
  const refs = new Map<number, string>();
  const head = lines.findIndex((l) => REFERENCES_HEAD.test(l));
  if (head < 0) return refs;
  for (const line of lines.slice(head + 1)) {
    const m = REFERENCE.exec(line);
    if (m) refs.set(Number(m[1]), m[2]!);
  }
  return refs;
}

// A section heading's edit link, printed in brackets after the heading: no text of the heading.
const EDIT_MARK = /\s*\[(?:编辑|编辑本段|修改|edit)\]\s*$/iu;
const EDIT_MARK_LINE = 40;

const blank = (s: string) => " ".repeat(displayWidth(s));

/** The line with every drop-down box blanked, and the display column of one left open at its end. */
function blankSelects(line: string): { line: string; open: number | null } {
  let out = "";
  let rest = line;
  for (let at = rest.indexOf(SELECT_OPEN); at !== -1; at = rest.indexOf(SELECT_OPEN)) {
    out += rest.slice(0, at);
    const closed = SELECT_CLOSED.exec(rest.slice(at));
    if (!closed) return { line: out + blank(rest.slice(at)), open: displayWidth(out) };
    out += blank(closed[0]);
    rest = rest.slice(at + closed[0].length);
  }
  return { line: out + rest, open: null };
}

/** Characters of `line` before display column `col`, and the rest. */
function splitAtColumn(line: string, col: number): [string, string] {
  let w = 0;
  let i = 0;
  for (const ch of line) {
    if (w >= col) break;
    w += displayWidth(ch);
    i += ch.length;
  }
  return [line.slice(0, i), line.slice(i)];
}

function blankSelectBoxes(lines: string[]): string[] {
  const out: string[] = [];
  let open: number | null = null;
  let carried = 0;
  for (const line of lines) {
    if (open !== null && carried < SELECT_MAX_LINES) {
      // The options wrapped onto this line from the box's column on, up to the closing bracket.
      const [before, after] = splitAtColumn(line, open);
      const close = after.indexOf("]");
      carried++;
      if (close === -1) {
        out.push(before + blank(after));
        continue;
      }
      open = null;
      const r = blankSelects(before + blank(after.slice(0, close + 1)) + after.slice(close + 1));
      out.push(r.line);
      open = r.open;
      carried = 0;
      continue;
    }
    const r = blankSelects(line);
    out.push(r.line);
    open = r.open;
    carried = 0;
  }
  return out;
}

function rawLines(text: string): string[] {
  const lines = text
    .replace(DATA_URI, "")
    .replace(TAG, "")
    .replace(ATTRIBUTES, "")
    .replace(TAG_TAIL, "")
    .replace(BRACKETED, (m) => (imageAddress(m.slice(1, -1)) ? "" : m))
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((raw) => raw.replace(/\t/g, "    "));
  return joinBoxRows(blankSelectBoxes(lines).map((l) => l.trimEnd()));
}

// A full-width indent (　　) opens a paragraph: dumpers never start a wrapped line's continuation with one.
const IDEOGRAPHIC_INDENT = /^ *\u3000/;

function dumpLines(raw: string[]): DumpLine[] {
  const lines = raw.map((line): DumpLine => {
    const expanded = line.replace(/\u3000/g, "  ");
    const trimmed = expanded.trim();
    const indent = trimmed === "" ? 0 : expanded.length - expanded.trimStart().length;
    return IDEOGRAPHIC_INDENT.test(line) && trimmed !== "" ? { text: trimmed, indent, opensParagraph: true } : { text: trimmed, indent };
  });
  // lynx indents the whole page; what tells structure is indentation beyond the common one.
  const common = Math.min(...lines.filter((l) => l.text !== "").map((l) => l.indent));
  return Number.isFinite(common) && common > 0 ? lines.map((l) => (l.text === "" ? l : { ...l, indent: l.indent - common })) : lines;
}

export function parseText(text: string): Block[] {
  const blocks: Block[] = [];
  // Each column of a side-by-side layout is read on its own, with its own indentation and wrap column.
  const segments = splitColumns(rawLines(text));
  const lines = dropRepeatedTails(
    segments.flatMap((segment, k) => [...(k > 0 ? [{ text: "", indent: 0 }] : []), ...joinWrappedUrls(rewrap(joinHyphenBreaks(dumpLines(segment.lines)), segment.column))]),
  );
  const numbered = dumperNumbers(lines);
  for (const [i, len] of numbered) lines[i] = { ...lines[i]!, text: lines[i]!.text.slice(len) };
  const texts = lines.map((l) => l.text);
  const refs = referenceList(texts);
  const runs = phraseRuns(texts);
  const structured = structuredLines(texts, runs);
  const { phrases, boxes } = shortLineWriting(texts, runs);
  let underPicture = false;
  for (const [i, line] of lines.entries()) {
    if (line.text === "") continue;
    // A Markdown picture's caption: a whole line in italics right under the picture's line. It is
    // the article's text, as a caption inside the HTML region is, wherever it stands.
    const caption = underPicture && MD_CAPTION.test(line.text);
    underPicture = MD_PICTURE_LINE.test(line.text);
    const next = lines[i + 1];
    const underlined = next !== undefined && underlines(next.text, line.text);
    const prev = lines[i - 1];
    // An underline belongs to the heading above it; the rule itself is not text.
    if (prev !== undefined && underlines(line.text, prev.text)) continue;
    // A rule line (<hr>, a frame) separates; it is not text.
    if (isRuleLine(line.text) || BOX_BORDER.test(line.text)) continue;
    const marked = markedHeading(line.text);
    const { text: unmarked, linkDensity } = stripLinkMarkers(boxRowText(marked ?? line.text));
    // An encyclopedia's section heading printed with its edit link after it (概述[编辑]).
    const trimmed = (unmarked.length <= EDIT_MARK_LINE ? unmarked.replace(EDIT_MARK, "") : unmarked).trim();
    if (trimmed === "") continue;
    const teaser = HEADLINE_THEN_TEASER.test(line.text);
    const ref = refs.size > 0 ? WHOLE_LINK.exec(marked ?? line.text) : null;
    const linkUrl = ref ? refs.get(Number(ref[1])) : undefined;
    const listItem = numbered.has(i) || (BULLET.test(trimmed) && !/^[■□]\s*\p{Script=Han}{2,4}(?:\s*[（(][^（）()]{2,40}[）)])?$/u.test(trimmed)) || IMAGE_BULLET.test(line.text) || pictureTeaser(trimmed);
    blocks.push({
      index: blocks.length,
      text: listItem ? trimmed.replace(BULLET, "") : trimmed,
      path: "line",
      // A link box inside short-line writing is all link, however little of it the marker seems to cover.
      linkDensity: boxes.has(i) || teaser ? 1 : linkDensity,
      indent: line.indent,
      heading: underlined || marked !== null,
      listItem,
      ...(hasFormControl(line.text) ? { form: true } : {}),
      ...(linkUrl ? { linkUrl } : {}),
      ...(structured.has(i) || caption ? { core: true } : {}),
      ...(phrases.has(i) ? { phrase: true } : {}),
    });
  }
  return blocks;
}
