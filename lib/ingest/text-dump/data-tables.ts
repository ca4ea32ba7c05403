/**
 * A table of figures inside the article, as w3m prints a <table>: drawn with box characters
 * (│模型│算法题│平均│ between ├──┼──┤ lines) when it has a border, or as columns aligned by
 * spaces when it has none. Its rows are short lines that a menu's shape rules would take for a
 * list of short items; they are the article's own, as a table row inside the HTML cascade's region
 * is. Layout tables differ: their cells are links (a bordered box of headlines), two fields side by
 * side (撰文：X ┃ 翻译：Y) or one column; a table of figures has three columns or more, no link,
 * and a number in most rows.
 */
import { displayWidth } from "./display-width";

const BOX_ROW = /^[│┃║]/u;
const BOX_BORDER = /^[\u2500-\u257F]+$/u;
const BOX_BAR = /[│┃║]/u;
const LINK_MARKER = /\[\d{1,5}\]/;
/** A cell that is a figure: 78%, 0.6秒, 12, 8亿元, 1,200, -3.5. */
const FIGURE = /^[-+−]?\d[\d.,]*\s*(?:%|％|‰|[A-Za-z]{1,3}|\p{Script=Han}{1,3})?$/u;
const MIN_ROWS = 3;
const MIN_COLUMNS = 3;
/** A row of figures is short: a wrapped paragraph with spaces in it runs to the dump's width. */
const MAX_ROW_WIDTH = 78;

/** A cell that is a remark: a clause with its comma (量化后可降到一张卡，但速度变慢), no menu's item. */
const REMARK = /^[^，,]{4,}[，,]\S{4,}/u;

/**
 * At least half the rows past the first (the header) hold a figure, and none a link. A drawn table
 * (`remarks`) may hold remarks instead of figures: a menu's items are no clauses.
 */
export function figureTable(rows: string[][], remarks = false): boolean {
  if (rows.length < MIN_ROWS || rows.some((cells) => cells.some((c) => LINK_MARKER.test(c)))) return false;
  if (rows.filter((cells) => cells.length >= MIN_COLUMNS).length * 2 < rows.length) return false;
  const body = rows.slice(1);
  return body.filter((cells) => cells.some((c) => FIGURE.test(c) || (remarks && REMARK.test(c)))).length * 2 >= body.length;
}

/** Display columns where a cell starts: a character after a space, or the line's first. */
function cellStarts(line: string): Set<number> {
  const starts = new Set<number>();
  let col = 0;
  let prev = " ";
  for (const ch of line) {
    if (ch !== " " && prev === " ") starts.add(col);
    col += displayWidth(ch);
    prev = ch;
  }
  return starts;
}

/** The line cut at the given display columns, each piece trimmed. */
function cutAt(line: string, columns: number[]): string[] {
  const cells: string[] = [];
  let cell = "";
  let col = 0;
  let k = 1;
  for (const ch of line) {
    if (k < columns.length && col >= columns[k]!) {
      cells.push(cell.trim());
      cell = "";
      k++;
    }
    cell += ch;
    col += displayWidth(ch);
  }
  cells.push(cell.trim());
  return cells.filter((c) => c !== "");
}

/** Indices of the lines (blank ones included) that are rows of a table of figures. */
export function dataTableLines(texts: string[]): Set<number> {
  const marked = new Set<number>();
  // Drawn tables: the rows between border lines.
  for (let i = 0; i < texts.length; ) {
    const t = texts[i]!.trim();
    if (!BOX_ROW.test(t) && !BOX_BORDER.test(t)) {
      i++;
      continue;
    }
    let j = i;
    const rows: number[] = [];
    for (; j < texts.length; j++) {
      const u = texts[j]!.trim();
      if (BOX_ROW.test(u)) rows.push(j);
      else if (!BOX_BORDER.test(u)) break;
    }
    const cells = rows.map((r) => texts[r]!.trim().split(BOX_BAR).map((c) => c.trim()).filter((c) => c !== ""));
    if (figureTable(cells, true)) for (const r of rows) marked.add(r);
    i = j;
  }
  // Aligned tables: consecutive lines whose cells start at the same columns.
  const startsOf = texts.map((t) => (t.trim() === "" || BOX_BAR.test(t) || !/\S \S|  \S/.test(t.trim()) || displayWidth(t) > MAX_ROW_WIDTH ? null : cellStarts(t)));
  for (let i = 0; i < texts.length; ) {
    let j = i;
    let common: number[] | null = null;
    for (; j < texts.length; j++) {
      const starts = startsOf[j];
      if (!starts || starts.size < MIN_COLUMNS) break;
      const shared: number[] = (common ?? [...starts]).filter((c) => starts.has(c));
      if (shared.length < MIN_COLUMNS) break;
      common = shared;
    }
    if (j - i >= MIN_ROWS && common && figureTable(texts.slice(i, j).map((t) => cutAt(t, common!)))) {
      for (let k = i; k < j; k++) marked.add(k);
      i = j;
    } else i++;
  }
  return marked;
}
