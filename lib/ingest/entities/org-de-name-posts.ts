/**
 * 中国科学院某研究所的|王某|教授表示: an organisation, 的, the name, then the title — a respectful
 * order news uses for scholars and officials. The post is held at that organisation. Only a strong
 * title right after the name counts, so 公司的张三说 or 团队的李四等人 give no post.
 */
import type { ArticleText } from "./article-text";
import { charBefore } from "./context";
import { sentenceAt } from "./article-text";
import type { FoundRole, OrgSpan } from "./discover";
import type { PlacedPerson } from "./roles-after-name";
import { isStrongTitle, titleEndingAt } from "./titles";

/** The longest title starting at `s` (教授, 副教授, 研究员), if one does. */
function titleAt(low: string, s: number): string | null {
  for (let e = Math.min(low.length, s + 8); e > s + 1; e--) {
    const t = titleEndingAt(low, e);
    if (t && e - t.length === s) return t;
  }
  return null;
}

export function postsAfterOrgDeName(t: ArticleText, orgs: OrgSpan[], placed: PlacedPerson[], found: FoundRole[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  for (const p of placed) {
    if (charBefore(text, p.start) !== "的") continue;
    const org = orgs.find((o) => o.end === p.start - 1);
    if (!org) continue;
    const title = titleAt(t.low, p.end);
    if (!title || !isStrongTitle(title)) continue;
    if ([...found, ...out].some((r) => r.personStart === p.start && r.org.name === org.name)) continue;
    out.push({ personSlug: p.slug, personName: p.name, personStart: p.start, org, title: t.original.slice(p.end, p.end + title.length), sentence: sentenceAt(t, p.start) });
  }
  return out;
}
