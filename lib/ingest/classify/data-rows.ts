/**
 * Do a table's rows hold data? A ranking's rows link their model and maker cells to their pages,
 * so by links alone they read as a menu; a number past the first cell (a score, a change, a
 * share) tells data from a list of links, whose rows hold a rank at most.
 */

/** Rows a data table under a heading has at least, and the share of them holding a number past their first cell. */
const MIN_ROWS = 3;
const DATA_SHARE = 0.6;
/** A number cell (86.4, +1.2, 35%, -0.3) after the row's first cell. */
const DATA_PAST_FIRST_CELL = /\S\s+[+\-−]?\d+(?:\.\d+)?%?(?=\s|$)/u;

/** `rows`: the rows' text, cells joined by a space. */
export function rowsHoldData(rows: string[]): boolean {
  if (rows.length < MIN_ROWS) return false;
  return rows.filter((t) => DATA_PAST_FIRST_CELL.test(t)).length >= rows.length * DATA_SHARE;
}
