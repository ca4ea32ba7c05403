/**
 * Filings and personnel news list every post a person holds before the name, joined by 、
 * (执行董事、首席财务官X辞任): when the post next to the name was placed at an organisation, the
 * bare posts chained before it (each a whole title, no organisation of its own) are held at the
 * same one. The chain opens its clause; a segment that is anything but a title ends it.
 */
import type { ArticleText } from "./article-text";
import { isClauseBreakAt } from "./context";
import type { FoundRole } from "./discover";
import { ROLE_NOUNS, titleEndingAt } from "./titles";

const LIST_MARK = "、";

export function chainedTitles(t: ArticleText, roles: FoundRole[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  if (!text.includes(LIST_MARK)) return out;
  const seen = new Set<string>();
  for (const r of roles) {
    const key = `${r.personStart}|${r.org.name}`;
    if (seen.has(key)) continue;
    // the post right before the name is this role's own (…首席财务官|X)
    const last = titleEndingAt(t.low, r.personStart);
    if (!last || !r.title.endsWith(t.original.slice(r.personStart - last.length, r.personStart))) continue;
    const chain: string[] = [];
    let e = r.personStart - last.length;
    while (e > 0 && text[e - 1] === LIST_MARK) {
      const title = titleEndingAt(t.low, e - 1);
      if (!title || ROLE_NOUNS.has(title)) break;
      const s = e - 1 - title.length;
      chain.push(t.original.slice(s, e - 1));
      e = s;
    }
    // bare posts only, opening their clause (公告称，|执行董事、…): a longer segment has its own holder
    if (chain.length === 0 || (e > 0 && !isClauseBreakAt(text, e - 1))) continue;
    seen.add(key);
    for (const title of chain) {
      if (roles.some((x) => x.personStart === r.personStart && x.org.name === r.org.name && x.title === title)) continue;
      out.push({ ...r, title });
    }
  }
  return out;
}
