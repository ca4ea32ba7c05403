/**
 * PostgreSQL's spelling of the search (issue 18): the terms fts-terms.ts stores, as a tsvector
 * with explicit positions and a weight per FTS5 column, and queries as tsquery phrases (<->).
 * The terms are written as literals cast to tsvector/tsquery rather than parsed by a text search
 * configuration: they are already normalised (simplified script, NFKC, lower case) and split, so
 * the `simple` configuration's job is done, and PostgreSQL's parser would split Han runs its own
 * way. Safety comes from construction: each term is a quoted literal with its quotes and
 * backslashes escaped, and the only syntax is what this module writes.
 */
import { indexTerms, phraseTerms } from "./fts-terms";
import type { QuerySyntax, SearchColumn } from "./query-syntax";

/** The weight each FTS5 column is stored under (A is the highest, D the default). */
export const COLUMN_WEIGHT = { title: "A", source: "B", byline: "C", body: "D" } as const;

/** PostgreSQL keeps positions up to this; later ones are stored as this one. */
const MAX_POSITION = 16_383;
/** PostgreSQL keeps at most this many positions of one lexeme. */
const MAX_POSITIONS_PER_LEXEME = 256;

export function tsLiteral(term: string): string {
  return `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * A tsvector literal of the four columns' terms, in the order title, source, byline, body, one
 * position apart within a column and two between columns, so a phrase never spans two
 * columns (FTS5 matches a phrase within one column).
 */
export function tsvectorLiteral(columns: { title: string[]; source: string[]; byline: string[]; body: string[] }): string {
  const positions = new Map<string, string[]>();
  let pos = 0;
  for (const col of ["title", "source", "byline", "body"] as const) {
    const weight = COLUMN_WEIGHT[col];
    pos += 1;
    for (const term of columns[col]) {
      pos += 1;
      const list = positions.get(term) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${Math.min(pos, MAX_POSITION)}${weight}`);
      positions.set(term, list);
    }
  }
  return [...positions].map(([term, list]) => `${tsLiteral(term)}:${list.join(",")}`).join(" ");
}

/** The terms of one stored column (the text written into FTS5, split back into its terms). */
export function columnTerms(text: string): string[] {
  return text === "" ? [] : text.split(" ").filter(Boolean);
}

/** Each operand of a tsquery this module wrote: its quoted literal and its `:*`/weight suffix. */
const OPERAND = /'(?:[^'\\]|''|\\.)*'(:\*?[A-D]*)?/g;

/**
 * Whether every operand of `expr` is restricted to the title (weight A), as column("title", …)
 * writes it. Such an expression means the same on the title's own vector (migration
 * 0005_pgsearch_title_vector: the doc's weight-A positions) as on the whole doc.
 */
export function titleOnly(expr: string): boolean {
  return weightOnly(expr, "A");
}

/**
 * Whether every operand of `expr` is restricted to the source (weight B): such an expression
 * means the same on the source's own vector (migration 0010_pgsearch_source_vector).
 */
export function sourceOnly(expr: string): boolean {
  return weightOnly(expr, "B");
}

function weightOnly(expr: string, weight: "A" | "B"): boolean {
  const suffixes = [...expr.matchAll(OPERAND)].map((m) => m[1] ?? "");
  return suffixes.length > 0 && suffixes.every((w) => w === `:${weight}` || w === `:*${weight}`);
}

/** `expr` without parentheses that enclose all of it. */
function unwrap(expr: string): string {
  let e = expr.trim();
  while (e.startsWith("(") && closingParen(e, 0) === e.length - 1) e = e.slice(1, -1).trim();
  return e;
}

/** Index of the parenthesis closing the one at `open`, skipping quoted literals; -1 if none. */
function closingParen(e: string, open: number): number {
  let depth = 0;
  for (let i = open; i < e.length; i++) {
    const c = e[i];
    if (c === "'") i = literalEnd(e, i);
    else if (c === "(") depth += 1;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** Index of the quote closing the literal opened at `start` ('' and \\x are escapes). */
function literalEnd(e: string, start: number): number {
  for (let i = start + 1; i < e.length; i++) {
    if (e[i] === "\\") i += 1;
    else if (e[i] === "'") {
      if (e[i + 1] === "'") i += 1;
      else return i;
    }
  }
  return e.length;
}

/** The operands of `expr` split at `op` where it stands outside every bracket and literal. */
function splitOutermost(expr: string, op: "|" | "&"): string[] {
  const e = unwrap(expr);
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < e.length; i++) {
    const c = e[i];
    if (c === "'") i = literalEnd(e, i);
    else if (c === "(") depth += 1;
    else if (c === ")") depth -= 1;
    else if (c === op && depth === 0) {
      parts.push(e.slice(from, i).trim());
      from = i + 1;
    }
  }
  parts.push(e.slice(from).trim());
  return parts;
}

/** The operands of `expr`'s outermost OR (`expr` itself when it is not an OR). */
export function disjuncts(expr: string): string[] {
  return splitOutermost(expr, "|");
}

/** The operands of `expr`'s outermost AND (`expr` itself when it is not one, or has an OR at its top). */
export function conjuncts(expr: string): string[] {
  if (disjuncts(expr).length > 1) return [expr];
  return splitOutermost(expr, "&");
}

/**
 * Whether GIN decides `expr` from its posting lists alone: no phrase and no column weight, the
 * two things PostgreSQL rechecks on the stored vector (for every candidate of the whole query
 * when any part of it has one).
 */
export function indexDecides(expr: string): boolean {
  const weighted = [...expr.matchAll(OPERAND)].some((m) => /[A-D]/.test(m[1] ?? ""));
  return !weighted && !expr.replace(OPERAND, "").includes("<->");
}

/** Whether `expr` has a negation (`!`) outside its literals. */
export function negates(expr: string): boolean {
  return expr.replace(OPERAND, "").includes("!");
}

/**
 * A wider expression the GIN index decides alone (indexDecides): every phrase's adjacency
 * (`<->`) loosened to `&` and every column weight dropped, so each row matching `expr` matches
 * it. Null when `expr` negates: loosening under a `!` narrows instead. With it a query asks
 * the index for a superset of candidates without rechecking each one's vector, and checks
 * `expr` itself only on the few rows it keeps (a key range: search.ts, newestMatches).
 */
/** The most terms joined by `<->` in one phrase of `expr` (1: no phrase). */
export function longestPhrase(expr: string): number {
  const skeleton = expr.replace(OPERAND, "x");
  return Math.max(1, ...[...skeleton.matchAll(/x(?:\s*<->\s*x)*/g)].map((m) => m[0].split("<->").length));
}

const OPERAND_OR_PHRASE = new RegExp(`${OPERAND.source}|<->`, "g");

export function relaxed(expr: string): string | null {
  if (negates(expr)) return null;
  const out = expr.replace(OPERAND_OR_PHRASE, (m) => (m === "<->" ? "&" : m.replace(/:(\*?)[A-D]+$/, (_x, star: string) => (star ? ":*" : ""))));
  return indexDecides(out) ? out : null;
}

/** The term a quoted literal this module wrote stands for. */
function literalTerm(lit: string): string {
  return lit.slice(1, -1).replace(/''/g, "'").replace(/\\(.)/g, "$1");
}

/** The terms of `expr`'s operands. */
export function termsOf(expr: string): string[] {
  return [...expr.matchAll(OPERAND)].map((m) => literalTerm(m[0].slice(0, m[0].length - (m[1] ?? "").length)));
}

const PHRASE = new RegExp(`${OPERAND.source}(?:\\s*<->\\s*${OPERAND.source})*`, "g");

/**
 * relaxed() with each phrase narrowed to its rarest term by `share` (a term's share of the
 * rows; undefined for a term the statistics do not list, which is rarer than any they list),
 * a prefix term (`:*`) counted as the commonest; `unlisted`: how many unlisted terms of one
 * phrase are kept. Each row matching `expr` still matches it.
 * GIN intersects the posting lists of every term it is given: for a phrase whose terms are
 * each in one title in six, five such lists cost more than reading the rows of one, and
 * PostgreSQL, multiplying the terms' shares, estimated their intersection at a row or two,
 * so it did not narrow the candidates by the key range before reading them (a one-term
 * estimate is the statistics' own, and the range is then ANDed in as a bitmap).
 */
export function relaxedRarest(expr: string, share: (term: string) => number | undefined, unlisted = 1): string | null {
  if (negates(expr)) return null;
  const narrowed = expr.replace(PHRASE, (phrase) => {
    const operands = [...phrase.matchAll(OPERAND)];
    if (operands.length < 2) return phrase;
    const cost = (m: RegExpMatchArray) => ((m[1] ?? "").startsWith(":*") ? Infinity : (share(literalTerm(m[0].slice(0, m[0].length - (m[1] ?? "").length))) ?? 0));
    const ranked = operands.map((m, i) => ({ m, i, c: cost(m) })).sort((a, b) => a.c - b.c || a.i - b.i);
    // Up to `unlisted` terms the statistics do not list are kept (their lists are short, and
    // together they narrow a rare phrase where one of them alone may not), in phrase order.
    const kept = ranked[0]!.c === 0 ? ranked.filter((r) => r.c === 0).slice(0, unlisted) : [ranked[0]!];
    return kept.sort((a, b) => a.i - b.i).map((r) => r.m[0]).join(" & ");
  });
  return relaxed(narrowed);
}

export const TSQUERY_SYNTAX: QuerySyntax = {
  phrase(tokens) {
    const { terms, prefix } = phraseTerms(tokens);
    if (terms.length === 0) return tsLiteral("");
    return terms.map((t, i) => `${tsLiteral(t)}${prefix && i === terms.length - 1 ? ":*" : ""}`).join(" <-> ");
  },
  column(column: SearchColumn, expr) {
    // A weight label on every operand: 'x' → 'x':A, 'x':* → 'x':*A.
    const w = COLUMN_WEIGHT[column];
    return `(${expr.replace(/('(?:[^'\\]|''|\\.)*')(:\*)?/g, (_m, lit: string, star?: string) => `${lit}:${star ? "*" : ""}${w}`)})`;
  },
  anyOf: (parts) => (parts.length === 1 ? parts[0]! : `(${parts.join(" | ")})`),
  all: (parts) => parts.map((p) => `(${p})`).join(" & "),
  either: (parts) => parts.map((p) => `(${p})`).join(" | "),
  minus: (positive, negative) => `(${positive}) & !(${negative})`,
};

export { indexTerms };
