/**
 * A title before a list of names (公司总裁助理李泉、贾明怡; 联合创始人陈炜鹏、洪涛; 独立董事X、Y): every
 * name of the list holds the post the title gives the first, as Chinese writes one title for several
 * holders. A name in the list with a post of its own before it is not part of this list.
 */
import type { ArticleText } from "./article-text";
import type { FoundRole } from "./discover";
import type { PlacedPerson } from "./roles-after-name";
import { titleEndingAt } from "./titles";

/** What joins the names of a list: 、 and the conjunctions before the last. */
const JOINER = /^(?:、|和|及|以及|与)/;

export function postsSharedByList(t: ArticleText, roles: FoundRole[], placed: PlacedPerson[]): FoundRole[] {
  const out: FoundRole[] = [];
  const byStart = new Map<number, PlacedPerson>();
  for (const p of placed) if (!byStart.has(p.start) || byStart.get(p.start)!.end < p.end) byStart.set(p.start, p);
  const holders = new Set(roles.map((r) => r.personStart));
  for (const r of roles) {
    // only a title written before the name (总裁助理|李泉、贾明怡); X、Y分别担任… gives each a post of their own
    if (!titleEndingAt(t.low, r.personStart)) continue;
    let k = byStart.get(r.personStart)?.end ?? r.personStart + r.personName.length;
    for (;;) {
      const j = JOINER.exec(t.simp.slice(k, k + 2));
      if (!j) break;
      const next = byStart.get(k + j[0].length);
      // the next item is a name and nothing else: a title or an organisation before it starts another post
      if (!next || holders.has(next.start)) break;
      if (!out.some((x) => x.personStart === next.start && x.title === r.title && x.org === r.org)) {
        out.push({ personSlug: next.slug, personName: next.name, personStart: next.start, org: r.org, title: r.title, sentence: r.sentence });
      }
      k = next.end;
    }
  }
  return out;
}
