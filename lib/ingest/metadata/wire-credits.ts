/**
 * English credit lines that no Chinese label marks, read by shape: a wire story's closing credits
 * (Reporting by A in Beijing and B in Hong Kong; Editing by C, also in brackets, and Written by /
 * Edited by lines), a byline with where each writer files from (By A in P and B in P), a paper's
 * authors with their affiliation marks (A 1, B 1,2 and C 3), and a writer with the outlet's post
 * (NAME, Outlet staff writer). Each line holds nothing else, so a sentence about someone's
 * reporting (Reporting by the paper showed …) is none. The classifier asks on folded (lower-case)
 * text whether a line is one; the byline reader takes names only where they are capitalised.
 */
import type { Byline } from "../types";

// Written by X / Edited by Y on lines of their own close a feature the same way.
const ROLE = /^(additional\s+)?(reporting|writing|written|editing|edited|compiled|compiling|research)\s+by\s+(.+?)\.?$/i;
const CONNECTOR = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i;
// A name is one to four words; a chunk opening with an article or a pronoun is prose.
const NAME_WORDS = /^[a-z][a-z.'\-]*(?:\s[a-z][a-z.'\-]*){0,3}$/i;
const NOT_NAME = /^(?:the|a|an|this|that|its|their|our|his|her|staff)\b/i;
const LINE_MAX = 240;

interface WirePart {
  role: "authors" | "reporters" | "editors";
  names: string[];
}

function wireParts(line: string): WirePart[] | null {
  // a site reposting the story may put them in brackets: (Reporting by A; Editing by B)
  const t = line.trim().replace(/^\(\s*(.*?)\s*\)$/, "$1");
  if (t.length > LINE_MAX || !/by\s/i.test(t)) return null;
  const out: WirePart[] = [];
  for (const part of t.split(/\s*;\s*/)) {
    const m = part.match(ROLE);
    if (!m) return null;
    const names = m[3]!.split(CONNECTOR).map((n) => n.replace(/\s+in\s+.+$/i, "").trim());
    if (names.some((n) => !NAME_WORDS.test(n) || NOT_NAME.test(n))) return null;
    const role = /^edit/i.test(m[2]!) ? "editors" : m[1] ? "reporters" : "authors";
    out.push({ role, names });
  }
  return out.length > 0 ? out : null;
}

/** Is the line (in any case: the classifier asks on folded text) a wire story's credits line. */
export const isWireCredits = (line: string): boolean => wireParts(line) !== null;

/** Adds the credited names to `into`; false when the line is no credits line. */
export function parseWireCredits(line: string, into: Byline): boolean {
  const parts = wireParts(line);
  if (!parts) return false;
  for (const p of parts) for (const n of p.names) if (/^[A-Z]/.test(n) && !into[p.role].includes(n)) into[p.role].push(n);
  return true;
}

// "By Eleanor Olcott in Beijing and Chan Ho-him in Hong Kong": an English byline naming where each
// writer files from; the place is no part of the name.
const BY_IN = /^\s*by\s+(.+?)\s*$/i;

function byInPlaces(line: string): string[] | null {
  const m = line.length <= LINE_MAX ? BY_IN.exec(line) : null;
  if (!m || !/\sin\s/i.test(m[1]!)) return null;
  const names = m[1]!.split(CONNECTOR).map((n) => n.replace(/\s+in\s+.+$/i, "").trim());
  return names.every((n) => NAME_WORDS.test(n) && !NOT_NAME.test(n)) ? names : null;
}

/** Adds the capitalised names to the writers, once each: a lower-case word in the list is no name the byline prints. */
function addWriters(names: string[], into: Byline): true {
  for (const n of names) if (/^[A-Z]/.test(n) && !into.authors.includes(n)) into.authors.push(n);
  return true;
}

/** Is the line such a byline (in any case: the classifier asks on folded text). */
export const isByInPlaces = (line: string): boolean => byInPlaces(line) !== null;

/** Adds the writers of such a byline to `into`; false when the line is none. */
export function parseByInPlaces(line: string, into: Byline): boolean {
  const names = byInPlaces(line);
  if (!names) return false;
  return addWriters(names, into);
}

// "Wei Zhang 1, Li Chen 1,2 and Mark Rivera 3": a paper's authors, each with the numbers (or marks)
// of the affiliations listed under them. Every name carries its mark, which no headline's list does.
const MARKED_AUTHOR = /^([a-z][a-z'\-]*(?:\s[a-z][a-z.'\-]*){1,3})\s*((?:\d{1,2}|[*†‡§#])(?:\s*,\s*(?:\d{1,2}|[*†‡§#]))*)$/i;
const AUTHOR_SPLIT = /\s*,\s*(?:and\s+)?(?=[a-z])|\s+and\s+|\s*&\s*/i;

function markedAuthors(line: string): string[] | null {
  const t = line.trim();
  if (t.length > LINE_MAX || !/\d|[*†‡§#]/.test(t)) return null;
  const chunks = t.split(AUTHOR_SPLIT);
  if (chunks.length < 2) return null;
  const names: string[] = [];
  for (const c of chunks) {
    const m = MARKED_AUTHOR.exec(c.trim());
    if (!m || NOT_NAME.test(m[1]!)) return null;
    names.push(m[1]!);
  }
  return names;
}

/** Is the line a paper's marked list of authors (in any case: the classifier asks on folded text). */
export const isMarkedAuthors = (line: string): boolean => markedAuthors(line) !== null;

/** Adds a paper's marked authors to `into`; false when the line is none. */
export function parseMarkedAuthors(line: string, into: Byline): boolean {
  const names = markedAuthors(line);
  if (!names) return false;
  return addWriters(names, into);
}

// "KENJI KAWASE, Nikkei staff writer", "Jane Doe, Reuters correspondent": the writer, a comma, then
// the outlet and the writer's post. The outlet is the publisher; a desk's word (Senior, Tech) before the post is dropped.
const NAME_OUTLET_POST = /^([a-z][a-z.'\-]*(?:\s[a-z][a-z.'\-]*){1,3}),\s+([a-z][\w.&'\-]*(?:\s[a-z][\w.&'\-]*){0,3}?)\s+(?:(?:senior|chief|staff|tech|technology|business|china|asia)\s+)*(?:staff\s+)?(?:writer|correspondent|reporter)s?$/i;

/** The writer and the outlet of such a line, or null. */
export function nameOutletPost(line: string): { name: string; outlet: string } | null {
  const m = line.length <= LINE_MAX ? NAME_OUTLET_POST.exec(line.trim()) : null;
  return m && !NOT_NAME.test(m[1]!) && !NOT_NAME.test(m[2]!) ? { name: m[1]!, outlet: m[2]! } : null;
}
