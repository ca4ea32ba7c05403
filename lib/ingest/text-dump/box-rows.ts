/**
 * A table w3m draws with box characters wraps each cell inside its own column: one row of the
 * table takes several lines between two border lines (│启明  │两张80GB│ over │R1-32B│显卡  │).
 * Read line by line, each row breaks into half-words (启明 … / R1-32B 显卡 …), which no rule after
 * can join again. Here the lines of one row become one line of whole cells, each cell's pieces
 * joined in order, before anything else reads the dump.
 */
import { figureTable } from "./data-tables";

const BAR = /[│┃║]/u;
const BARS = /[│┃║]/gu;
// A border line between rows, or the table's top or bottom (├──┼──┤, ┌──┬──┐, ━━━).
const BORDER = /^\s*[\u2500-\u257F]+\s*$/u;
const ROW = /^\s*[│┃║].*[│┃║]\s*$/u;

/** Pieces of one cell joined as the wrap split them: a space only between two Latin words. */
function joinPieces(pieces: string[]): string {
  let out = "";
  for (const p of pieces) out += out !== "" && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(p) ? ` ${p}` : p;
  return out;
}

function joinRow(lines: string[]): string {
  const split = lines.map((l) => l.trim().split(BAR).slice(1, -1));
  const indent = lines[0]!.match(/^\s*/)![0];
  const cells = split[0]!.map((_, k) => joinPieces(split.map((cells) => cells[k]!.trim()).filter((c) => c !== "")));
  return `${indent}│${cells.join("│")}│`;
}

/**
 * The dump's lines with each wrapped row of a drawn table of figures or remarks joined. A grid of
 * headlines (a teaser box drawn as a table) keeps its lines: joined, its rows would read as prose.
 */
export function joinBoxRows(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!BORDER.test(lines[i]!)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // The table: border, rows, border, rows, …, border.
    let j = i + 1;
    while (j < lines.length && (ROW.test(lines[j]!) || BORDER.test(lines[j]!))) j++;
    const table = lines.slice(i, j);
    const joined: string[] = [];
    for (let k = 0; k < table.length; ) {
      if (BORDER.test(table[k]!)) {
        joined.push(table[k]!);
        k++;
        continue;
      }
      let e = k;
      while (e < table.length && ROW.test(table[e]!)) e++;
      const row = table.slice(k, e);
      const bars = (l: string) => (l.match(BARS) ?? []).length;
      // Only the lines of one row between two borders, all with the same cells.
      const closed = e < table.length;
      joined.push(...(row.length > 1 && closed && row.every((l) => bars(l) === bars(row[0]!) && bars(l) >= 3) ? [joinRow(row)] : row));
      k = e;
    }
    const cells = joined.filter((l) => ROW.test(l)).map((l) => l.trim().split(BAR).slice(1, -1).map((c) => c.trim()).filter((c) => c !== ""));
    out.push(...(joined.length < table.length && figureTable(cells, true) ? joined : table));
    i = j;
  }
  return out;
}
