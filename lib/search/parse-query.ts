/**
 * Parses what a reader types in the search box into a structured query. Pure and total: any
 * string (quotes, brackets, AND/OR/NEAR, `*`, emoji, NUL, 5,000 characters) gives a query,
 * never an exception; what cannot be understood becomes plain words or a warning.
 *
 * Language: words (all must match), `"exact phrase"`, `-word` / `-"phrase"` to exclude,
 * `a OR b`, and fields `company:` `person:` `source:` (value may be quoted; `-field:` excludes)
 * and `after:` (on or after that day) `before:` (before that day), dates as YYYY, YYYY-MM or
 * YYYY-MM-DD. Full-width operators (＂ － ：) work like their half-width forms.
 */
import { searchTokens } from "./normalize";

export interface Term {
  /** The text as typed (without quotes). */
  text: string;
  /** Normalised search tokens; never empty. */
  tokens: string[];
  /** Typed in quotes. Every term matches as a phrase; this only records how it was typed. */
  quoted: boolean;
  /** Not typed: another name of an entity the typed word names, added by the search. */
  expanded?: boolean;
}

export interface ParsedQuery {
  /** All clauses must match; a clause matches when any of its terms does (OR). */
  clauses: Term[][];
  excluded: Term[];
  companies: string[];
  excludedCompanies: string[];
  people: string[];
  excludedPeople: string[];
  sources: Term[];
  excludedSources: Term[];
  /** Inclusive calendar day (Asia/Shanghai), YYYY-MM-DD. */
  after: string | null;
  /** Exclusive calendar day (Asia/Shanghai), YYYY-MM-DD. */
  before: string | null;
  warnings: string[];
}

export const MAX_QUERY_CHARS = 500;
export const MAX_TERMS = 24;
const FIELDS = ["company", "person", "source", "after", "before"] as const;
type Field = (typeof FIELDS)[number];

type Lexeme =
  | { kind: "term"; text: string; quoted: boolean; negated: boolean }
  | { kind: "field"; field: Field; value: string; negated: boolean }
  | { kind: "or" };

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);

function readQuoted(s: string, from: number): { text: string; next: number } {
  const close = s.indexOf('"', from);
  return close < 0 ? { text: s.slice(from), next: s.length } : { text: s.slice(from, close), next: close + 1 };
}

function lex(s: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < s.length) {
    while (isSpace(s[i])) i++;
    if (i >= s.length) break;
    let negated = false;
    if (s[i] === "-" && i + 1 < s.length && !isSpace(s[i + 1])) {
      negated = true;
      i++;
    }
    if (s[i] === '"') {
      const q = readQuoted(s, i + 1);
      out.push({ kind: "term", text: q.text, quoted: true, negated });
      i = q.next;
      continue;
    }
    let j = i;
    while (j < s.length && !isSpace(s[j]) && s[j] !== '"') j++;
    const word = s.slice(i, j);
    i = j;
    const m = /^([A-Za-z]+):(.*)$/su.exec(word);
    const field = m ? (m[1]!.toLowerCase() as Field) : null;
    if (m && field && (FIELDS as readonly string[]).includes(field)) {
      let value = m[2]!;
      if (value === "" && s[i] === '"') {
        const q = readQuoted(s, i + 1);
        value = q.text;
        i = q.next;
      }
      out.push({ kind: "field", field, value: value.trim(), negated });
    } else if (word === "OR" && !negated) {
      out.push({ kind: "or" });
    } else {
      out.push({ kind: "term", text: word, quoted: false, negated });
    }
  }
  return out;
}

const DATE = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/u;

/** A day as YYYY-MM-DD from YYYY, YYYY-MM or YYYY-MM-DD (first day of the period), or null. */
export function parseDay(value: string): string | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? 1 : Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A term from typed text, or null when it holds nothing searchable (only punctuation, emoji…). */
function term(text: string, quoted: boolean): Term | null {
  const tokens = searchTokens(text);
  return tokens.length > 0 ? { text, tokens, quoted } : null;
}

export function emptyQuery(): ParsedQuery {
  return { clauses: [], excluded: [], companies: [], excludedCompanies: [], people: [], excludedPeople: [], sources: [], excludedSources: [], after: null, before: null, warnings: [] };
}

export function parseQuery(input: string): ParsedQuery {
  const q = emptyQuery();
  // NFKC turns full-width quotes, minus and colon into the ASCII operators; NUL and other
  // control characters are separators.
  let s = input.normalize("NFKC").replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, " ");
  if (s.length > MAX_QUERY_CHARS) {
    s = s.slice(0, MAX_QUERY_CHARS);
    q.warnings.push(`只使用了前 ${MAX_QUERY_CHARS} 个字符。`);
  }
  let pendingOr = false;
  let count = 0;
  const room = (): boolean => {
    if (count < MAX_TERMS) return true;
    const w = `只使用了前 ${MAX_TERMS} 个词。`;
    if (!q.warnings.includes(w)) q.warnings.push(w);
    return false;
  };
  for (const lx of lex(s)) {
    if (lx.kind === "or") {
      pendingOr = q.clauses.length > 0;
      continue;
    }
    if (lx.kind === "term") {
      const t = term(lx.text, lx.quoted);
      if (!t || !room()) continue;
      count++;
      if (lx.negated) q.excluded.push(t);
      else if (pendingOr && q.clauses.length > 0) q.clauses[q.clauses.length - 1]!.push(t);
      else q.clauses.push([t]);
      pendingOr = false;
      continue;
    }
    pendingOr = false;
    const { field, value, negated } = lx;
    if (value === "") {
      q.warnings.push(`${field}: 后面要写内容，例如 ${field}:${field === "after" || field === "before" ? "2024-01-01" : "…"}`);
      continue;
    }
    if (field === "after" || field === "before") {
      const day = parseDay(value);
      if (!day) q.warnings.push(`${field}:${value} 不是日期（请写成 YYYY-MM-DD），已忽略。`);
      else if (negated) q.warnings.push(`不支持 -${field}:，请改用 ${field === "after" ? "before" : "after"}:。`);
      else q[field] = day;
      continue;
    }
    if (!room()) continue;
    count++;
    if (field === "source") {
      const t = term(value, true);
      if (t) (negated ? q.excludedSources : q.sources).push(t);
      continue;
    }
    const name = value.slice(0, 100);
    if (field === "company") (negated ? q.excludedCompanies : q.companies).push(name);
    else (negated ? q.excludedPeople : q.people).push(name);
  }
  return q;
}

/** True when the query asks for nothing at all (no words, no filters). */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return (
    q.clauses.length === 0 && q.excluded.length === 0 && q.companies.length === 0 && q.excludedCompanies.length === 0 &&
    q.people.length === 0 && q.excludedPeople.length === 0 && q.sources.length === 0 && q.excludedSources.length === 0 &&
    q.after === null && q.before === null
  );
}
