/**
 * Turns a parsed query into FTS5 MATCH expressions. Safety comes from construction, not from
 * escaping: every piece of user text becomes a double-quoted phrase of index terms (runs of
 * letters/digits, Han characters alone or in pairs; lib/search/fts-terms.ts), which can never
 * contain a quote, an operator or a bracket; the only syntax added is the prefix `*` that
 * phraseQuery itself writes. The expression is passed to SQLite as a bound parameter.
 */
import { phraseQuery } from "./fts-terms";
import type { ParsedQuery, Term } from "./parse-query";
import type { QuerySyntax } from "./query-syntax";

/** SQLite's FTS5 MATCH language (PostgreSQL's tsquery is in tsquery.ts). */
export const FTS5_SYNTAX: QuerySyntax = {
  phrase: phraseQuery,
  column: (column, expr) => `{${column}} : ${expr}`,
  anyOf: (parts) => (parts.length === 1 ? parts[0]! : `(${parts.join(" OR ")})`),
  all: (parts) => parts.join(" AND "),
  either: (parts) => parts.join(" OR "),
  minus: (positive, negative) => `(${positive}) NOT (${negative})`,
};

export interface MatchExpressions {
  /** Rows must match this; null when the query has no positive text (filters only). */
  positive: string | null;
  /** Rows must not match this; null when nothing is excluded. */
  negative: string | null;
  /** Token sequences to highlight in titles and snippets. */
  highlight: string[][];
  /** Each positive phrase as its own expression (to gauge how common it is). */
  phrases: string[];
  /** The word clauses restricted to titles, or null when there are none. */
  title: string | null;
}

/**
 * `clauses` defaults to the query's own; the data layer passes clauses widened with entity
 * names (a pinyin or alias term also matches the name it stands for).
 */
export function buildMatch(q: ParsedQuery, clauses: Term[][] = q.clauses, syntax: QuerySyntax = FTS5_SYNTAX): MatchExpressions {
  const phrase = (t: Term) => syntax.phrase(t.tokens);
  const words: string[] = clauses.filter((c) => c.length > 0).map((c) => syntax.anyOf(c.map(phrase)));
  const positives = [...words];
  const sources = q.sources.map((t) => syntax.column("source", phrase(t)));
  if (sources.length > 0) positives.push(syntax.anyOf(sources));
  const negatives = [...q.excluded.map(phrase), ...q.excludedSources.map((t) => syntax.column("source", phrase(t)))];
  return {
    positive: positives.length > 0 ? syntax.all(positives) : null,
    negative: negatives.length > 0 ? syntax.either(negatives) : null,
    highlight: clauses.flat().map((t) => t.tokens),
    phrases: [...new Set([...clauses.flat().map(phrase), ...sources])],
    title: words.length > 0 ? syntax.column("title", `(${syntax.all(words)})`) : null,
  };
}

/** One expression for a single match: positive minus negative (FTS5's NOT is binary). */
export function combinedMatch(m: MatchExpressions, syntax: QuerySyntax = FTS5_SYNTAX): string | null {
  if (m.positive === null) return null;
  return m.negative === null ? m.positive : syntax.minus(m.positive, m.negative);
}
