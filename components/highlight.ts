/**
 * Splits text into plain and highlighted segments at the surface forms of an article's
 * entities, so hits can be wrapped in <mark> by the escaping html template. Longer forms win over shorter ones at the same place (腾讯云 over 腾讯); Latin
 * forms only match as whole words so GPT does not light up inside ChatGPT.
 */

export interface HighlightTerm {
  form: string;
  /** What the hit stands for, shown as a tooltip: "公司:百度". */
  label: string;
  kind: "company" | "person";
}

export interface Segment {
  text: string;
  term: HighlightTerm | null;
}

const LATIN_EDGE = /[A-Za-z0-9]/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function pattern(form: string): string {
  const body = escapeRegExp(form);
  const before = LATIN_EDGE.test(form[0] ?? "") ? "(?<![A-Za-z0-9])" : "";
  const after = LATIN_EDGE.test(form[form.length - 1] ?? "") ? "(?![A-Za-z0-9])" : "";
  return `${before}${body}${after}`;
}

/** A reusable matcher for many paragraphs; null when there is nothing to highlight. */
export function buildMatcher(terms: HighlightTerm[]): { regex: RegExp; byForm: Map<string, HighlightTerm> } | null {
  const byForm = new Map<string, HighlightTerm>();
  for (const t of terms) {
    const form = t.form.trim();
    // One-character forms would light up every other sentence; they are not names.
    if (form.length < 2 || byForm.has(form)) continue;
    byForm.set(form, { ...t, form });
  }
  if (byForm.size === 0) return null;
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  return { regex: new RegExp(forms.map(pattern).join("|"), "gu"), byForm };
}

export function splitHighlights(text: string, matcher: ReturnType<typeof buildMatcher>): Segment[] {
  if (!matcher || text === "") return [{ text, term: null }];
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(matcher.regex)) {
    const start = m.index;
    if (start > last) out.push({ text: text.slice(last, start), term: null });
    out.push({ text: m[0], term: matcher.byForm.get(m[0]) ?? null });
    last = start + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), term: null });
  return out;
}
