/**
 * A data table, told from a layout table by its structure before the walk reads it: no table
 * inside it, at least two rows of two cells or more with text, and no cell holding more than a
 * short entry. Its rows are read as lines (a cell per column, joined by a space), as the article
 * shows them; read a cell a line, a row's figures came apart from its name, and a cell repeating
 * the row above (the same district, the same amount) looked like a copy of it. A layout table —
 * one cell holding the whole article, a column of links beside it, a table around other tables —
 * keeps its cells as blocks of their own.
 */
import type { AnyNode, Element } from "domhandler";
import { SKIP_TAGS } from "./dom-rules";

/** A data cell's entry is at most this many characters (without spaces); an article's cell holds more. */
export const DATA_CELL_MAX_CHARS = 120;
/** Rows of at least two cells with text a data table needs: one such row is a layout's fields line. */
export const DATA_TABLE_MIN_ROWS = 2;

const SECTIONS = new Set(["thead", "tbody", "tfoot"]);
const CELLS = new Set(["td", "th"]);

function isTag(node: AnyNode): node is Element {
  return node.type === "tag";
}

/** A line of a cell this long (characters without spaces) is a paragraph's; a data cell holds one such line at most. */
export const DATA_CELL_LONG_LINE = 30;
const LINE_BREAKS = new Set(["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section"]);

/**
 * Characters of a cell's text without whitespace, stopping past `limit`; -1 when the cell holds a
 * table, or more than one paragraph-long line (a layout's cell holding a short article).
 */
function cellChars(el: Element, limit: number): number {
  let n = 0;
  let line = 0;
  let longLines = 0;
  const endLine = () => {
    if (line >= DATA_CELL_LONG_LINE) longLines++;
    line = 0;
  };
  const visit = (node: AnyNode): boolean => {
    if (node.type === "text") {
      const k = (node as unknown as { data: string }).data.replace(/[\s\u00a0\u3000]+/g, "").length;
      n += k;
      line += k;
      return n <= limit;
    }
    if (!isTag(node) || SKIP_TAGS.has(node.name)) return true;
    if (node.name === "table") {
      n = -1;
      return false;
    }
    const breaks = LINE_BREAKS.has(node.name);
    if (breaks) endLine();
    const ok = node.children.every(visit);
    if (breaks) endLine();
    return ok;
  };
  if (!visit(el)) return n;
  endLine();
  return longLines > 1 ? -1 : n;
}

/** The table's own rows: <tr> children of the table or of its thead/tbody/tfoot. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (!isTag(c)) continue;
    if (c.name === "tr") rows.push(c);
    else if (SECTIONS.has(c.name)) for (const r of c.children) if (isTag(r) && r.name === "tr") rows.push(r);
  }
  return rows;
}

export function isDataTable(table: Element): boolean {
  if ((table.attribs.role ?? "").toLowerCase() === "presentation") return false;
  let wide = 0;
  for (const row of rowsOf(table)) {
    let filled = 0;
    for (const cell of row.children) {
      if (!isTag(cell) || !CELLS.has(cell.name)) continue;
      const n = cellChars(cell, DATA_CELL_MAX_CHARS);
      if (n < 0 || n > DATA_CELL_MAX_CHARS) return false;
      if (n > 0) filled++;
    }
    if (filled >= 2) wide++;
  }
  return wide >= DATA_TABLE_MIN_ROWS;
}

/** A picture grid's caption: at most this many characters, and no sentence. */
export const PICTURE_CAPTION_MAX_CHARS = 20;
/** Captioned thumbnails a picture grid holds at least (two rows of three, or more). */
export const PICTURE_GRID_MIN_CELLS = 6;
// A caption that says what a photograph shows is a sentence (its full stop, its clauses apart by
// commas); a headline may end in a question or exclamation mark (秦汉名将一个样?) and is no sentence.
const SENTENCE_MARK = /[。；;，]/;

/** The cell's text (whitespace kept) and whether it shows an image; null when it holds a table. */
function cellPicture(cell: Element): { text: string; image: boolean } | null {
  let text = "";
  let image = false;
  const visit = (node: AnyNode): boolean => {
    if (node.type === "text") {
      text += (node as unknown as { data: string }).data;
      return true;
    }
    if (!isTag(node)) return true;
    if (node.name === "img") image = true;
    if (node.name === "table") return false;
    if (SKIP_TAGS.has(node.name)) return true;
    return node.children.every(visit);
  };
  return cell.children.every(visit) ? { text, image } : null;
}

/**
 * A grid of thumbnails, each over a few words (老街夜市重新开张, 古桥修缮完工): every cell that
 * shows anything shows an image and a short caption that is no sentence, in two rows or more, and
 * at least PICTURE_GRID_MIN_CELLS such cells. Portals set such a grid of other stories' pictures
 * inside the article's container, often with their links stripped; read as a data table its
 * captions became lines of the body, a row of headlines a line. An article's own photographs are
 * one or two to a row with a sentence under each, or captioned outside a table.
 */
export function isPictureGrid(table: Element): boolean {
  let cells = 0;
  let rows = 0;
  for (const row of rowsOf(table)) {
    let inRow = 0;
    for (const cell of row.children) {
      if (!isTag(cell) || !CELLS.has(cell.name)) continue;
      const p = cellPicture(cell);
      if (p === null) return false;
      const caption = p.text.replace(/[\s\u00a0\u3000]+/g, "");
      if (caption === "" && !p.image) continue;
      if (!p.image || caption === "" || caption.length > PICTURE_CAPTION_MAX_CHARS || SENTENCE_MARK.test(caption)) return false;
      inRow++;
    }
    cells += inRow;
    if (inRow >= 2) rows++;
  }
  return rows >= 2 && cells >= PICTURE_GRID_MIN_CELLS;
}
