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
import { rewrap, type DumpLine } from "./text-dump/rewrap";
import { splitColumns } from "./text-dump/columns";
import { markedHeading, underlines, isRuleLine } from "./text-dump/headings";
import { hasFormControl, stripLinkMarkers } from "./text-dump/link-markers";
import { shortLineWriting, structuredLines } from "./text-dump/structured-runs";

const BULLET = /^[•·●▪◆◇■□►▶+\-*]\s+/;
// A bullet drawn as an image, which w3m prints as its name ("[dot][22]新闻标题").
const IMAGE_BULLET = /^\[[A-Za-z][\w-]{0,15}\]\s*\S/;

// An inline image's data (html2text prints "[data:image/png;base64,…]", wrapped over many lines).
const DATA_URI = /\[?data:[\w/+.\s-]+;base64,[A-Za-z0-9+/=\s]*\]?/g;
// An image shown as its address in brackets, which html2text wraps over lines like text.
const BRACKETED = /\[[^\[\]\n]*(?:\n[^\[\]\n]*){0,4}\]/g;
const ADDRESS = /^(?:[a-z][\w+.-]*:)?\/\/[\x21-\x7e]+$/i;

// Markup a page printed as text (an escaped tag in its headline), wrapped over lines like text.
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,600})?>/gi;

// "[151]百度国际大厦深圳奠基[152]16日，百度国际大厦…": a headline link and, glued to it by the
// rewrap, a second link opening a run of prose. The dumper numbers a link once however long it
// runs, so this is a story's headline and its linked teaser, all link, not a paragraph with links.
const HEADLINE_THEN_TEASER = /^\s*\[\d{1,5}\][^\[\]\s]{4,40}\[\d{1,5}\][^\[\]]{30,}$/u;

function rawLines(text: string): string[] {
  return text
    .replace(DATA_URI, "")
    .replace(TAG, "")
    .replace(BRACKETED, (m) => (ADDRESS.test(m.slice(1, -1).replace(/\s+/g, "")) ? "" : m))
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((raw) => raw.replace(/\t/g, "    ").replace(/\u3000/g, "  ").trimEnd());
}

function dumpLines(raw: string[]): DumpLine[] {
  const lines = raw.map((expanded) => {
    const trimmed = expanded.trim();
    return { text: trimmed, indent: trimmed === "" ? 0 : expanded.length - expanded.trimStart().length };
  });
  // lynx indents the whole page; what tells structure is indentation beyond the common one.
  const common = Math.min(...lines.filter((l) => l.text !== "").map((l) => l.indent));
  return Number.isFinite(common) && common > 0 ? lines.map((l) => (l.text === "" ? l : { ...l, indent: l.indent - common })) : lines;
}

export function parseText(text: string): Block[] {
  const blocks: Block[] = [];
  // Each column of a side-by-side layout is read on its own, with its own indentation and wrap column.
  const segments = splitColumns(rawLines(text));
  const lines = segments.flatMap((segment, k) => [
    ...(k > 0 ? [{ text: "", indent: 0 }] : []),
    ...rewrap(dumpLines(segment.lines), segment.column),
  ]);
  const texts = lines.map((l) => l.text);
  const structured = structuredLines(texts);
  const { phrases, boxes } = shortLineWriting(texts);
  for (const [i, line] of lines.entries()) {
    if (line.text === "") continue;
    const next = lines[i + 1];
    const underlined = next !== undefined && underlines(next.text, line.text);
    const prev = lines[i - 1];
    // An underline belongs to the heading above it; the rule itself is not text.
    if (prev !== undefined && underlines(line.text, prev.text)) continue;
    // A rule line (<hr>, a frame) separates; it is not text.
    if (isRuleLine(line.text)) continue;
    const marked = markedHeading(line.text);
    const { text: unmarked, linkDensity } = stripLinkMarkers(marked ?? line.text);
    const trimmed = unmarked.trim();
    if (trimmed === "") continue;
    const teaser = HEADLINE_THEN_TEASER.test(line.text);
    const listItem = (BULLET.test(trimmed) && !/^■\s*\p{Script=Han}{2,4}$/u.test(trimmed)) || IMAGE_BULLET.test(line.text);
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
      ...(structured.has(i) ? { core: true } : {}),
      ...(phrases.has(i) ? { phrase: true } : {}),
    });
  }
  return blocks;
}
