/**
 * A wire story's closing credits in English (Reporting by A in Beijing and B in Hong Kong; Editing
 * by C): each role, "by", its names (each perhaps followed by "in" and where it was filed), the
 * roles parted by semicolons. Reporting, writing and compiling name the writers, additional
 * reporting the reporters who helped, editing the editors. The line holds nothing else, so a
 * sentence about someone's reporting (Reporting by the paper showed …) is none.
 */
import type { Byline } from "../types";

const ROLE = /^(additional\s+)?(reporting|writing|editing|compiled|compiling|research)\s+by\s+(.+?)\.?$/i;
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
  const t = line.trim();
  if (t.length > LINE_MAX || !/by\s/i.test(t)) return null;
  const out: WirePart[] = [];
  for (const part of t.split(/\s*;\s*/)) {
    const m = part.match(ROLE);
    if (!m) return null;
    const names = m[3]!.split(CONNECTOR).map((n) => n.replace(/\s+in\s+.+$/i, "").trim());
    if (names.some((n) => !NAME_WORDS.test(n) || NOT_NAME.test(n))) return null;
    const role = /^editing$/i.test(m[2]!) ? "editors" : m[1] ? "reporters" : "authors";
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
