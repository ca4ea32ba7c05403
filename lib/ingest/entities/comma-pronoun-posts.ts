/**
 * A person named at the end of a clause and described in the next one by a pronoun and a copula
 * (还有德国的X，他是执政党<organisation>的人权发言人，…): within one sentence the pronoun right after
 * the comma stands for the name right before it. A short description may stand before the
 * organisation (执政党, 该国); a title must close the clause.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundRole, OrgSpan } from "./discover";
import type { PlacedPerson } from "./roles-after-name";
import { postClosingClause } from "./titles";
import { addRoleOnce, isShortPost } from "./short-post";
import { containsAny, wordProduct, wordTable } from "./word-hits";

export const COMMA_PRONOUN = /[，,]([他她](?:目前|现在|如今)?(?:现任|是|为))/g;
/** A comma, a pronoun and the next word COMMA_PRONOUN needs after it (，他是, ,她目前…): looked up in the shared pass, not a scan per article. */
export const COMMA_PRONOUN_CUES = wordTable(wordProduct(["，", ","], ["他", "她"], ["目前", "现在", "如今", "现任", "是", "为"]));
/** A few Han characters describing the organisation before it (执政党|基民党), with no 的 that would make them the owner. */
const DESCRIPTION = /^[\u4e00-\u9fff]{0,4}$/;

export function commaPronounPosts(t: ArticleText, orgs: OrgSpan[], placed: PlacedPerson[], found: FoundRole[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  if (!containsAny(text, COMMA_PRONOUN_CUES)) return out;
  for (const m of text.matchAll(COMMA_PRONOUN)) {
    const who = placed.find((p) => p.end === m.index);
    if (!who) continue;
    const verbEnd = m.index + m[0].length;
    const org = orgs.find((o) => o.start >= verbEnd && o.start - verbEnd <= 4 && DESCRIPTION.test(text.slice(verbEnd, o.start)) && !text.slice(verbEnd, o.start).includes("的"));
    if (!org) continue;
    const clause = postClosingClause(text, t.low, org.end);
    if (!clause) continue;
    const post = text.slice(org.end, clause.end).replace(/^的/, "");
    if (!isShortPost(post)) continue;
    addRoleOnce(found, out, { personSlug: who.slug, personName: who.name, personStart: who.start, org, title: t.original.slice(clause.end - post.length, clause.end), sentence: sentenceAt(t, m.index) });
  }
  return out;
}
