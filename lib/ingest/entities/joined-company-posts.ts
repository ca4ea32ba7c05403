/**
 * A company's own announcement says a person joins "the company" and takes a post (X宣布，Y加入公司
 * 出任首席技术官): 公司 points to the organisation the sentence named before the person, when it
 * named only one, so the post is held there. Only a placed person right before 加入/加盟 + 公司 and a title closing the clause count.
 */
import type { ArticleText } from "./article-text";
import { articleSentenceSpan, sentenceAt } from "./article-text";
import type { FoundRole, OrgSpan } from "./discover";
import type { PlacedPerson } from "./roles-after-name";
import { addRoleOnce, shortPostEnd } from "./short-post";
import { containsAny, wordTable } from "./word-hits";

const JOINS_COMPANY = /(?:正式)?(?:加入|加盟)(?:公司|该公司)(?:并)?(?:出任|担任|任)/g;
/** The verb and object JOINS_COMPANY cannot match without, looked up in the shared pass over the article. */
const JOINS_WORDS = wordTable(["加入", "加盟"].flatMap((v) => [v + "公司", v + "该公司"]));

export function joinedCompanyPosts(t: ArticleText, orgs: OrgSpan[], placed: PlacedPerson[], found: FoundRole[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  if (!containsAny(text, JOINS_WORDS)) return out;
  for (const m of text.matchAll(JOINS_COMPANY)) {
    const who = placed.find((p) => p.end === m.index);
    if (!who) continue;
    const s = m.index + m[0].length;
    const e = shortPostEnd(t, s);
    if (e === null) continue;
    // the organisation the sentence named before the person (X近日宣布，|Y加入公司…)
    const [sentS] = articleSentenceSpan(t, m.index);
    const inSentence = orgs.filter((o) => o.start >= sentS && o.end <= who.start);
    // …the only one named there, so 公司 can mean no other
    if (new Set(inSentence.map((o) => o.name)).size !== 1) continue;
    const org = inSentence[0]!;
    addRoleOnce(found, out, { personSlug: who.slug, personName: who.name, personStart: who.start, org, title: t.original.slice(s, e), sentence: sentenceAt(t, m.index) });
  }
  return out;
}
