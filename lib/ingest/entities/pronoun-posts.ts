/**
 * Interviews name someone in one sentence and give their post in the next, opened by a pronoun
 * (…出题的X这样说。他是<organisation>的研究员，负责…): the pronoun stands for the one person the
 * sentence before named. Only a sentence opening with 他/她 and a copula, a found organisation right
 * after it and a title closing the clause count; a sentence before that names two people, or none,
 * gives the pronoun no referent.
 */
import type { ArticleText } from "./article-text";
import { articleSentenceSpan, sentenceAt } from "./article-text";
import type { FoundRole, OrgSpan } from "./discover";
import type { PlacedPerson } from "./roles-after-name";
import { postClosingClause } from "./titles";
import { containsAny, wordTable } from "./word-hits";

const PRONOUN_POST = /(?:^|[。！？!?\n])([他她](?:目前|现在|如今)?(?:现任|是|为))/g;
/** A pronoun and the next word PRONOUN_POST needs after it (他是, 她目前…): looked up in the shared pass, not a scan per article. */
const PRONOUN_CUES = wordTable(["他", "她"].flatMap((p) => ["目前", "现在", "如今", "现任", "是", "为"].map((w) => p + w)));

export function pronounPosts(t: ArticleText, orgs: OrgSpan[], placed: PlacedPerson[], found: FoundRole[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  if (!containsAny(text, PRONOUN_CUES)) return out;
  for (const m of text.matchAll(PRONOUN_POST)) {
    const at = m.index + m[0].length - m[1]!.length;
    const verbEnd = m.index + m[0].length;
    const org = orgs.find((o) => o.start === verbEnd);
    if (!org) continue;
    const clause = postClosingClause(text, t.low, org.end);
    if (!clause) continue;
    const e = clause.end;
    const post = text.slice(org.end, e).replace(/^的/, "");
    if (post.length === 0 || post.length > 12 || !/^[\u4e00-\u9fffA-Za-z]+$/.test(post)) continue;
    // the one person the sentence before named
    if (at === 0) continue;
    const [prevS] = articleSentenceSpan(t, at - 1);
    // (every person placed anywhere, written in that sentence: a name after 的 is not always placed there)
    const before = text.slice(prevS, at);
    const named = [...new Set(placed.map((p) => p.name))].filter((n) => before.includes(n));
    if (named.length !== 1) continue;
    const name = named[0]!;
    const who = placed.find((p) => p.name === name)!;
    if ([...found, ...out].some((r) => r.personName === name && r.org.name === org.name)) continue;
    out.push({ personSlug: who.slug, personName: name, personStart: who.start, org, title: t.original.slice(e - post.length, e), sentence: sentenceAt(t, at) });
  }
  return out;
}
