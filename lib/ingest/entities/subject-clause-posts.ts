/**
 * A life told clause by clause: the sentence opens with the person, and a later clause of it, after
 * a comma and perhaps a time, takes a post with a verb of appointment and no subject of its own
 * (X生于上海，1991年调任<organisation>党组成员、副主席，…). The sentence's subject holds the post;
 * every post of a 、 list after the organisation counts. A sentence naming another person before
 * the clause gives the clause a second possible subject, so it counts for no one.
 */
import type { ArticleText } from "./article-text";
import { articleSentenceSpan, sentenceAt } from "./article-text";
import type { FoundRole, OrgSpan } from "./discover";
import type { PlacedPerson } from "./roles-after-name";
import { postClosingClause, titleEndingAt } from "./titles";
import { containsAny, wordTable } from "./word-hits";

/** A clause after a comma: a time perhaps, then the verb that gives the post. */
export const CLAUSE_TAKES_POST = /[，,]((?:\d{2,4}年(?:\d{1,2}月)?|同年|次年|随后|后来|此后|后)?(?:调任|出任|担任|升任|转任|改任|就任|当选))/g;
/** CLAUSE_TAKES_POST's verbs, one of which ends every match: looked up in the shared pass, not a scan per article. */
export const POST_VERBS = wordTable(["调任", "出任", "担任", "升任", "转任", "改任", "就任", "当选"]);

export function subjectClausePosts(t: ArticleText, orgs: OrgSpan[], placed: PlacedPerson[], found: FoundRole[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  if (!containsAny(text, POST_VERBS)) return out;
  for (const m of text.matchAll(CLAUSE_TAKES_POST)) {
    const verbEnd = m.index + m[0].length;
    const org = orgs.find((o) => o.start === verbEnd);
    if (!org) continue;
    const [sentS] = articleSentenceSpan(t, m.index);
    let s = sentS;
    while (s < m.index && /\s/.test(text[s]!)) s++;
    // the sentence opens with a person the article names (its mention there need not end at a verb the name list knows: X|生于)
    const who = placed.filter((p) => text.startsWith(p.name, s)).sort((a, b) => b.name.length - a.name.length)[0];
    if (!who) continue;
    const subjectEnd = s + who.name.length;
    // no one else named between the subject and the clause
    if (placed.some((p) => p.name !== who.name && text.slice(subjectEnd, m.index).includes(p.name))) continue;
    const clause = postClosingClause(text, t.low, org.end);
    if (!clause) continue;
    const posts = text.slice(org.end, clause.end).split("、");
    if (posts.some((p) => p.length === 0 || p.length > 10 || !/^[\u4e00-\u9fffA-Za-z]+$/.test(p))) continue;
    // each item of the list is a post on its own (党组成员、副主席), not a line of work before one
    let at = org.end;
    const titles: string[] = [];
    for (const p of posts) {
      at += p.length;
      if (titleEndingAt(t.low, at) === null) break;
      titles.push(p);
      at += 1;
    }
    if (titles.length !== posts.length) continue;
    for (const title of titles) {
      if ([...found, ...out].some((r) => r.personName === who.name && r.org.name === org.name && r.title === title)) continue;
      out.push({ personSlug: who.slug, personName: who.name, personStart: s, org, title, sentence: sentenceAt(t, m.index) });
    }
  }
  return out;
}
