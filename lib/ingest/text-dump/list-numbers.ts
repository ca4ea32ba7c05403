/**
 * The numbers a dumper prints before the items of an ordered list (w3m " 1. ", lynx "    1. ",
 * html2text "   1. "). The page's text has no such number: the browser draws it, and the HTML
 * path keeps the item's words alone. The dumper sets them deeper than the page's running text,
 * which is how they differ from a number typed into a paragraph (1. 下载… at the text's own edge).
 */
import type { DumpLine } from "./rewrap";
import { displayWidth } from "./display-width";

const NUMBERED = /^(\d{1,3})[.)]\s+(?=\S)/;
/** Display width from which a line is running text, whose indent is the page's text edge. */
const PROSE_WIDTH = 30;

/** The indent most lines of running text share. */
function textEdge(lines: DumpLine[]): number | null {
  const counts = new Map<number, number>();
  for (const l of lines) if (displayWidth(l.text) >= PROSE_WIDTH && !NUMBERED.test(l.text)) counts.set(l.indent, (counts.get(l.indent) ?? 0) + 1);
  let best: number | null = null;
  for (const [indent, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && indent < best)) best = indent;
  return best;
}

/**
 * Indices of the lines that are items of an ordered list the dumper numbered, each with the
 * length of its number to drop: deeper than the text's edge, and numbered in sequence with an
 * item next to it at the same indent (1. then 2.), so a lone "2024." is no item.
 */
export function dumperNumbers(lines: DumpLine[]): Map<number, number> {
  const out = new Map<number, number>();
  const edge = textEdge(lines);
  if (edge === null) return out;
  const items: { i: number; n: number; indent: number; len: number }[] = [];
  for (const [i, l] of lines.entries()) {
    const m = NUMBERED.exec(l.text);
    if (m && l.indent > edge) items.push({ i, n: Number(m[1]), indent: l.indent + m[1]!.length, len: m[0].length });
  }
  // Numbers are right-aligned (" 9." over "10."), so items line up by where the number ends.
  for (const [k, it] of items.entries()) {
    const prev = items[k - 1];
    const next = items[k + 1];
    const follows = (a: typeof it | undefined, b: typeof it | undefined) => a !== undefined && b !== undefined && b.n === a.n + 1 && a.indent === b.indent;
    if (follows(prev, it) || follows(it, next)) out.set(it.i, it.len);
  }
  return out;
}
