/**
 * Shared types of the ingest pipeline: bytes → decoded text → blocks → repaired blocks →
 * classified blocks → article + metadata (+ entities). Nothing here knows the database or React.
 */

export type EncodingName = "utf-8" | "gb18030" | "big5" | "utf-16le" | "utf-16be";

export interface Decoded {
  text: string;
  encoding: EncodingName;
  /** Why this encoding was chosen: "bom", "html meta charset …", "detected: …". */
  encodingReason: string;
  format: "text" | "html";
}

/** One unit of text in reading order: a line of a text dump or a block element of an HTML page. */
export interface Block {
  index: number;
  text: string;
  /** For HTML: tag path such as "body>div.content>p"; for text dumps: "line". */
  path: string;
  /** Share of the block's characters that sit inside links (0 for text dumps). */
  linkDensity: number;
  /** Leading whitespace width in a text dump (list items of scraped "related" lists are indented). */
  indent: number;
  /** The block is a heading element (h1–h6) in HTML; always false for text dumps. */
  heading: boolean;
  /** The block came from a list item (li) in HTML, or starts with a bullet in a text dump. */
  listItem: boolean;
  /**
   * HTML only: the block lies inside the region the main-content cascade chose (not the header
   * and trailer lines widened around it). Such short lines — headings, list items, table rows —
   * are the article's own, so the classifier keeps them beside its paragraphs.
   */
  core?: boolean;
  /**
   * HTML only: the line is inside a card set in the article's flow (a place, a product, between
   * the article's own lines; walk.ts settleEmbeddedCards). Its link and its list-like shape
   * ("[城市] 站名 300m / 面馆") are the card's, not a menu's.
   */
  card?: boolean;
  /**
   * HTML only: a <pre> code listing inside the chosen region. Its spaced tokens
   * (pip install x, conda activate y) are a command's words, not a menu's items.
   */
  code?: boolean;
  /**
   * HTML only: the line is a data table's row (walk.ts, data-table.ts), its cells joined by spaces.
   * Its spaced short cells (日期 时段 地点) are the row's columns, not a menu's items, and a row
   * repeating another is still a row of its own.
   */
  row?: boolean;
  /**
   * Text dumps only: the address of the link the whole line is, from the dump's reference list
   * (lynx's "[7]Headline" and "7. https://…" under References). A headline linked to its own page
   * gives the page's address, which a dump otherwise loses.
   */
  linkUrl?: string;
  /** Text dumps only: the line holds a form control (an input field, a button, a checkbox). */
  form?: boolean;
  /** Text dumps only: a line of writing broken into short lines, a phrase a line; it counts as prose. */
  phrase?: boolean;
}

export type RepairKind =
  | "pinyin-annotation"
  | "mojibake"
  | "lost-bytes"
  | "wrong-character"
  | "spun-text";

export interface Repair {
  kind: RepairKind;
  /** Block index the repair was made in. */
  block: number;
  /** Character offset inside the block text before the repair. */
  offset: number;
  from: string;
  to: string;
  /** For flags that were not repaired (lost bytes) this is false. */
  applied: boolean;
}

export type RemovalKind =
  | "navigation"
  | "ad"
  | "contact"
  | "copyright"
  | "disclaimer"
  | "link-list"
  | "prev-next"
  | "form"
  | "related"
  | "image-credit"
  | "teaser"
  | "site-header"
  | "site-footer"
  | "metadata"
  | "comment"
  | "share"
  | "empty"
  | "duplicate";

export interface RemovedBlock {
  index: number;
  text: string;
  kind: RemovalKind;
  /** Human-readable reason shown to admins, e.g. "navigation list of 199 short place names". */
  reason: string;
}

export type Flag =
  | "traditional-script"
  | "spun-text"
  | "lost-bytes"
  | "date-inferred"
  | "no-date"
  | "short-body"
  | "no-title";

export interface Byline {
  authors: string[];
  reporters: string[];
  editors: string[];
}

export interface ArticleMetadata extends Byline {
  title: string;
  /** ISO 8601 with +08:00 (Asia/Shanghai), e.g. 2023-05-20T13:21:01+08:00; date-only → T00:00:00. */
  publishedAt: string | null;
  /** How publishedAt was found: "explicit" from a date line, "inferred" from other evidence on the page. */
  dateEvidence: string | null;
  dateInferred: boolean;
  /** The publisher the article credits (本文来自…, 来源:, an agency dateline); null when none is named. */
  source: string | null;
  /** What the carrying site claims: its 来源: line (may be generic, 互联网), else its own name. */
  siteClaim: string | null;
  originalPublisher: string | null;
  summary: string | null;
  views: number | null;
  /** Closing notes such as "(作者系…)" that describe the author rather than being body. */
  notes: string[];
  /** Where the article was first published (canonical link, og:url, a crawler's URL field): absolute http(s) only. */
  originalUrl: string | null;
}

export interface ExtractedArticle extends ArticleMetadata {
  file: string;
  encoding: EncodingName;
  encodingReason: string;
  format: "text" | "html";
  script: "simplified" | "traditional";
  /** Body paragraphs in the original script, repaired. */
  paragraphs: string[];
  /** paragraphs joined by a blank line. */
  body: string;
  titleSimplified: string;
  bodySimplified: string;
  /** Restored reading for spun text, only when substitutions were certain. */
  restoredTitle: string | null;
  restoredBody: string | null;
  repairs: Repair[];
  removed: RemovedBlock[];
  flags: Flag[];
  /** HTML only: which stage of the main-content cascade chose the body (html/CASCADE.md). */
  contentStage: string | null;
}
