/**
 * Side-by-side columns of a text-mode browser dump. w3m, lynx and html2text lay a layout table
 * out as it looks on screen: the article's cell and a sidebar's cell share every line, split by
 * a vertical strip of spaces. Read line by line, each line then holds half a sentence of the
 * article and half a headline of the sidebar, and no region reads as prose. This finds such
 * bands (a run of lines with a common gutter) and reads each column of a band on its own,
 * left before right, as the page's reading order has it; columns inside a column are split in
 * turn. A band is split only when one of its sides holds running text on several rows: a data
 * table of short cells stays as the rows it is.
 */
import { displayWidth, isWide } from "./display-width";
import { splitAtIndentEdge } from "./indent-column";

/** Narrowest strip of spaces that separates two cells: running text rarely holds three spaces in a row. */
const GUTTER = 3;
/** Rows with text on both sides of the gutter needed before a band counts as side-by-side columns. */
const MIN_TWO_SIDED = 3;
/** Rows of running text (at least this many display columns) a side needs: layout, not a data table. */
const TEXT_ROW_WIDTH = 30;
const MIN_TEXT_ROWS = 3;
/** Longest band examined from one start line: bounds the work on pages of many short lines. */
const MAX_BAND = 600;
const MAX_DEPTH = 3;

interface Cells {
  line: string;
  /** Display column where each character starts, and one past the last. */
  starts: number[];
  /** Occupied display columns (a wide character takes two). */
  filled: boolean[];
  width: number;
}

function cellsOf(line: string): Cells {
  const chars = [...line];
  const starts: number[] = [];
  const filled: boolean[] = [];
  let col = 0;
  for (const ch of chars) {
    starts.push(col);
    const w = isWide(ch) ? 2 : 1;
    const space = ch === " " || ch === "\u3000";
    for (let k = 0; k < w; k++) filled[col + k] = !space;
    col += w;
  }
  starts.push(col);
  return { line, starts, filled, width: col };
}

const occupied = (c: Cells, x: number) => c.filled[x] === true;

function textBefore(c: Cells, x: number): boolean {
  for (let i = Math.min(x, c.width) - 1; i >= 0; i--) if (c.filled[i]) return true;
  return false;
}

function textFrom(c: Cells, x: number): boolean {
  for (let i = x; i < c.width; i++) if (c.filled[i]) return true;
  return false;
}

/** Runs [start, end) of at least GUTTER columns free in every row, with text somewhere to their left. */
function gutters(free: boolean[], leftmost: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let x = 0; x <= free.length; x++) {
    if (x < free.length && free[x]) {
      if (start === -1) start = x;
    } else if (start !== -1) {
      if (x - start >= GUTTER && start > leftmost) runs.push([start, x]);
      start = -1;
    }
  }
  return runs;
}

/** Index into the line's characters of display column `x` (a column inside a gutter starts no wide character halfway). */
function indexAt(c: Cells, x: number): number {
  let i = 0;
  while (i < c.starts.length - 1 && c.starts[i]! < x) i++;
  return i;
}

function slice(c: Cells, from: number, to: number): string {
  return [...c.line].slice(indexAt(c, from), to === Infinity ? undefined : indexAt(c, to)).join("");
}

/** Non-blank rows a band may run without a row on both sides of its gutter. */
const MAX_ONE_SIDED_RUN = 8;

/** The last MAX_ONE_SIDED_RUN non-blank rows of first..last. */
function recentRows(row: (k: number) => Cells, first: number, last: number): Cells[] {
  const out: Cells[] = [];
  for (let i = last; i >= first && out.length < MAX_ONE_SIDED_RUN; i--) if (row(i).filled.includes(true)) out.push(row(i));
  return out;
}

/** Display column of the last character of `c` left of `x`, or -1. */
function lastBefore(c: Cells, x: number): number {
  for (let i = Math.min(x, c.width) - 1; i >= 0; i--) if (c.filled[i]) return i;
  return -1;
}

/**
 * The sidebar right of the gutter ended while the cell left of it runs on: the recent rows hold
 * one cell of text, only left of the gutter, and one of them is wrapped at the edge the left
 * cell's text wraps at beside the sidebar (the same cell, not a narrower block or another
 * table that follows the layout table).
 */
function leftCellGoesOn(row: (k: number) => Cells, first: number, end: number, recent: Cells[], a: number, b: number): boolean {
  if (recent.some((r) => textFrom(r, b) || TWO_SIDED.test(r.line))) return false;
  let edge = -1;
  for (let k = first; k < end; k++) {
    const r = row(k);
    if (textBefore(r, a) && textFrom(r, b)) edge = Math.max(edge, lastBefore(r, a));
  }
  return edge >= TEXT_ROW_WIDTH && recent.some((r) => lastBefore(r, a) >= edge - 2);
}

interface Band {
  end: number;
  cut: [number, number];
}

/** The longest band starting at `first` whose rows keep a gutter, with the gutter that separates the most rows. */
function bandAt(row: (k: number) => Cells, count: number, first: number, maxWidth: number): Band | null {
  let free = Array.from({ length: maxWidth }, (_, x) => !occupied(row(first), x));
  let leftmost = row(first).filled.indexOf(true);
  // The rightmost text of the band's rows so far: a gutter with nothing right of it is only the margin.
  let right = row(first).filled.lastIndexOf(true);
  let current = gutters(free, leftmost);
  if (!current.some(([, b]) => right >= b)) return null;
  let end = first + 1;
  // The band as it stood before a row closed one of its gutters: a band that runs on past its table
  // over rows that keep only some other strip free keeps the columns it had there.
  let before: Band | null = null;
  for (; end < count && end - first < MAX_BAND; end++) {
    const r = row(end);
    const next = free.map((f, x) => f && !occupied(r, x));
    const lead = r.filled.indexOf(true);
    const nextLeftmost = lead === -1 ? leftmost : Math.min(leftmost, lead);
    const nextRight = Math.max(right, r.filled.lastIndexOf(true));
    // A row with text across every remaining gutter ends the band, and so do rows that no longer
    // hold text on both sides of any (the table ended; what follows is narrower by chance).
    const recent = recentRows(row, first, end);
    const keeps = ([a, b]: [number, number]) =>
      nextRight >= b && (recent.some((row) => textBefore(row, a) && textFrom(row, b)) || leftCellGoesOn(row, first, end, recent, a, b));
    const nextGutters = gutters(next, nextLeftmost);
    if (!nextGutters.some(keeps)) break;
    if (nextGutters.length < current.length) before = proseBand(row, first, bestCut(row, first, end, current)) ?? before;
    free = next;
    current = nextGutters;
    leftmost = nextLeftmost;
    right = nextRight;
  }
  return bestCut(row, first, end, current) ?? before;
}

/**
 * The band when one of its sides holds running text: MIN_TEXT_ROWS rows of a cell as wide as a
 * line of text with no strip of spaces inside. A band kept from before a row closed its gutter is
 * taken on that only: a data table's rows (名称   1770   120.54) are as wide, but split at every cell.
 */
function proseBand(row: (k: number) => Cells, first: number, band: Band | null): Band | null {
  if (!band) return null;
  const rows = Array.from({ length: band.end - first }, (_, k) => row(first + k));
  const prose = (text: string) => displayWidth(text) >= TEXT_ROW_WIDTH && !TWO_SIDED.test(text);
  const left = rows.filter((r) => prose(slice(r, 0, band.cut[0]).trim())).length;
  const right = rows.filter((r) => prose(slice(r, band.cut[1], Infinity).trim())).length;
  return left >= MIN_TEXT_ROWS || right >= MIN_TEXT_ROWS ? band : null;
}

/** Of `cuts` (the gutters free in rows first..end-1), the one with text on both sides in the most rows, when the band reads as columns. */
function bestCut(row: (k: number) => Cells, first: number, end: number, cuts: [number, number][]): Band | null {
  let best: Band | null = null;
  let bestRows = 0;
  const band = Array.from({ length: end - first }, (_, k) => row(first + k));
  for (const cut of cuts) {
    const twoSided = band.filter((r) => textBefore(r, cut[0]) && textFrom(r, cut[1])).length;
    if (twoSided < MIN_TWO_SIDED || twoSided <= bestRows) continue;
    const leftText = band.filter((r) => displayWidth(slice(r, 0, cut[0]).trim()) >= TEXT_ROW_WIDTH).length;
    const rightText = band.filter((r) => displayWidth(slice(r, cut[1], Infinity).trim()) >= TEXT_ROW_WIDTH).length;
    if (leftText < MIN_TEXT_ROWS && rightText < MIN_TEXT_ROWS) continue;
    best = { end, cut };
    bestRows = twoSided;
  }
  return best;
}

/** A row that can open a band: text on both sides of a strip of GUTTER spaces. */
const TWO_SIDED = new RegExp(`\\S[ \u3000]{${GUTTER},}\\S`);

export interface Segment {
  lines: string[];
  /** The segment is one column of a side-by-side band (its text wraps at the cell's edge). */
  column: boolean;
}

function split(lines: string[], depth: number): Segment[] {
  if (depth >= MAX_DEPTH || !lines.some((l) => TWO_SIDED.test(l))) return [{ lines, column: depth > 0 }];
  // Rows are measured cell by cell only where a band is looked for.
  const rows: (Cells | undefined)[] = new Array(lines.length);
  const row = (k: number) => (rows[k] ??= cellsOf(lines[k]!));
  // Columns no row reaches are free in every band and never a gutter with text to its right.
  const maxWidth = lines.reduce((m, l) => Math.max(m, displayWidth(l)), 0);
  const out: Segment[] = [];
  let plain: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const band = TWO_SIDED.test(lines[i]!) ? bandAt(row, lines.length, i, maxWidth) : null;
    if (!band) {
      plain.push(lines[i]!);
      i++;
      continue;
    }
    if (plain.length > 0) out.push({ lines: plain, column: depth > 0 });
    plain = [];
    const bandRows = Array.from({ length: band.end - i }, (_, k) => row(i + k));
    const left = bandRows.map((r) => slice(r, 0, band.cut[0]).trimEnd());
    const right = bandRows.map((r) => slice(r, band.cut[1], Infinity).trimEnd());
    out.push(...split(left, depth + 1), ...split(right, depth + 1));
    i = band.end;
  }
  if (plain.length > 0) out.push({ lines: plain, column: depth > 0 });
  return out;
}

/**
 * The dump's lines as segments in reading order: the lines outside side-by-side bands as they
 * are, and each column of a band as a segment of its own (its lines start at the column's left
 * edge). A dump without such bands is one segment, unchanged.
 */
export function splitColumns(lines: string[]): Segment[] {
  return split(lines, 0).flatMap((s) => (s.column ? [s] : splitAtIndentEdge(s.lines)));
}
