/**
 * Where a numbered page stands in a list: its rows' offset, the number of pages, and whether the
 * page asked for exists. An empty list has one (empty) page, so its page 1 is not out of range.
 */
export interface PageWindow {
  page: number;
  pages: number;
  /** Index of the page's first row. */
  offset: number;
  /** 1-based positions of the first and last rows shown (0, 0 when none are). */
  first: number;
  last: number;
  outOfRange: boolean;
}

export function pageWindow(total: number, page: number, size: number): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const offset = (page - 1) * size;
  const outOfRange = page > pages;
  const shown = outOfRange ? 0 : Math.min(size, total - offset);
  return { page, pages, offset, first: shown > 0 ? offset + 1 : 0, last: shown > 0 ? offset + shown : 0, outOfRange };
}

/** The page of `size` rows a row at `offset` falls on: a page of another size as the default size counts it. */
export function pageOfOffset(offset: number, size: number): number {
  return Math.floor(offset / size) + 1;
}
