/**
 * A layout table whose narrow left cell (an issue's contents, a menu) runs beside the article's
 * cell with no strip of spaces wide enough for columns.ts: w3m sets the right cell one space after
 * the left cell's width, so a left entry as wide as its cell leaves a single space between the two
 * (一个人的模型评测实验 文/图…). The article's cell still shows itself by its edge: many rows of running
 * text start at one display column, and the rows that also hold text left of it have a space just
 * before that column. Such a band is read as two columns, left before right.
 */
import { displayWidth, isWide } from "./display-width";
import type { Segment } from "./columns";

/** Narrowest left cell worth a column: a lynx or html2text paragraph indent is not one. */
const MIN_EDGE = 10;
/** Rows of running text (display columns) that must start at the edge, and rows split there. */
const TEXT_ROW_WIDTH = 30;
const MIN_EDGE_ROWS = 4;
const MIN_SPLIT_ROWS = 2;

/** Display column of each character and whether it is a space. */
function columnsOf(line: string): { col: number; ch: string }[] {
  const out: { col: number; ch: string }[] = [];
  let col = 0;
  for (const ch of line) {
    out.push({ col, ch });
    col += isWide(ch) ? 2 : 1;
  }
  return out;
}

const lead = (line: string) => displayWidth(line.match(/^[ \u3000]*/)![0]);

/** The index of the character that starts at display column `edge`, after a space, with text before it; else -1. */
function splitAt(line: string, edge: number): number {
  const cols = columnsOf(line);
  const at = cols.findIndex((c) => c.col === edge);
  if (at <= 0 || /\s/.test(cols[at]!.ch) || !/[ \u3000]/.test(cols[at - 1]!.ch)) return -1;
  return cols.slice(0, at).some((c) => !/\s/.test(c.ch)) ? at : -1;
}

function edgeOf(lines: string[]): number | null {
  const counts = new Map<number, number>();
  for (const l of lines) {
    const x = lead(l);
    if (x >= MIN_EDGE && displayWidth(l.trim()) >= TEXT_ROW_WIDTH) counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= MIN_EDGE_ROWS ? best[0] : null;
}

/** The lines as one segment, or a band around the rows split at the article cell's edge read as its two columns. */
export function splitAtIndentEdge(lines: string[]): Segment[] {
  const edge = edgeOf(lines);
  if (edge === null) return [{ lines, column: false }];
  const cut = lines.map((l) => splitAt(l, edge));
  const split = cut.flatMap((c, i) => (c > 0 ? [i] : []));
  if (split.length < MIN_SPLIT_ROWS) return [{ lines, column: false }];
  // Every row of the band is split, or holds text on one side of the edge only.
  const fits = (i: number) => {
    const l = lines[i]!;
    if (l.trim() === "" || cut[i]! > 0) return true;
    return lead(l) >= edge || displayWidth(l.trimEnd()) < edge;
  };
  let first = split[0]!;
  while (first > 0 && fits(first - 1) && lines[first - 1]!.trim() !== "") first--;
  let end = split[0]!;
  let lastRight = end;
  for (let i = split[0]!; i < lines.length && fits(i); i++) {
    end = i + 1;
    if (cut[i]! > 0 || (lines[i]!.trim() !== "" && lead(lines[i]!) >= edge)) lastRight = i;
  }
  end = lastRight + 1;
  if (split.some((i) => i >= end)) return [{ lines, column: false }];
  const left: string[] = [];
  const right: string[] = [];
  for (let i = first; i < end; i++) {
    const l = lines[i]!;
    const chars = [...l];
    if (cut[i]! > 0) {
      left.push(chars.slice(0, cut[i]!).join("").trimEnd());
      right.push(chars.slice(cut[i]!).join("").trimEnd());
    } else if (l.trim() === "") {
      left.push("");
      right.push("");
    } else if (lead(l) >= edge) {
      left.push("");
      // kept where it stands in the cell (a right-aligned date stays right of the cell's edge)
      right.push(columnsOf(l).filter((c) => c.col >= edge).map((c) => c.ch).join("").trimEnd());
    } else {
      left.push(l.trimEnd());
      right.push("");
    }
  }
  const out: Segment[] = [];
  if (first > 0) out.push({ lines: lines.slice(0, first), column: false });
  out.push({ lines: left, column: true }, { lines: right, column: true });
  if (end < lines.length) out.push({ lines: lines.slice(end), column: false });
  return out;
}
