/**
 * A person joins a named organisation and takes a post there (X加入青禾科技，担任海外技术负责人;
 * X加盟Y公司出任CTO): the organisation right after 加入/加盟 holds the post named after the verb
 * of holding, when a title closes that clause. joined-company-posts reads 加入公司 (a pointer);
 * this reads the organisation named in place.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundRole, OrgSpan } from "./discover";
import type { PlacedPerson } from "./roles-after-name";
import { addRoleOnce, shortPostEnd } from "./short-post";
import { containsAny, wordTable } from "./word-hits";

const JOINS = /(?:正式)?(?:加入|加盟)/g;
/** Between the organisation and the post: a comma or 并, then the verb of holding. */
const HOLDS = /^[，,]?(?:并|同时)?(?:出任|担任|任)/;
const JOIN_WORDS = wordTable(["加入", "加盟"]);

export function joinedOrgPosts(t: ArticleText, orgs: OrgSpan[], placed: PlacedPerson[], found: FoundRole[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  if (!containsAny(text, JOIN_WORDS)) return out;
  for (const m of text.matchAll(JOINS)) {
    const who = placed.find((p) => p.end === m.index);
    if (!who) continue;
    const org = orgs.find((o) => o.start === m.index + m[0].length);
    if (!org) continue;
    const verb = HOLDS.exec(text.slice(org.end, org.end + 6));
    if (!verb) continue;
    const s = org.end + verb[0].length;
    const e = shortPostEnd(t, s);
    if (e === null) continue;
    addRoleOnce(found, out, { personSlug: who.slug, personName: who.name, personStart: who.start, org, title: t.original.slice(s, e), sentence: sentenceAt(t, m.index) });
  }
  return out;
}
