/**
 * How a search expression is spelled for one store's full-text index: FTS5's MATCH language
 * (SQLite) or a tsquery (PostgreSQL). match-expression.ts builds the same structure in either;
 * every piece of user text reaches it only as index terms (fts-terms.ts), never as syntax.
 */

/** The indexed columns a query can be restricted to. */
export type SearchColumn = "title" | "source";

export interface QuerySyntax {
  /** A phrase of index terms matching `tokens` where they occur adjacent. */
  phrase(tokens: readonly string[]): string;
  /** `expr` restricted to one column. */
  column(column: SearchColumn, expr: string): string;
  /** Any of the parts (parenthesised when more than one). */
  anyOf(parts: string[]): string;
  /** All of the parts (unparenthesised). */
  all(parts: string[]): string;
  /** Any of the parts (unparenthesised). */
  either(parts: string[]): string;
  /** `positive` minus `negative`. */
  minus(positive: string, negative: string): string;
}
