/**
 * A person named at a sentence's start and described right after a comma by an organisation and a
 * post that close the clause (X，鼎越科技首席技术官，负责…; 公告常以此介绍新任高管): the clause
 * between the commas is an apposition to the name, so the post is the person's. The organisation
 * must open that clause and the title end it; a name after the title (X，Y公司CTO王五表示) makes it
 * someone else's post, and a clause break keeps out that reading.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundRole, OrgSpan } from "./discover";
import type { PlacedPerson } from "./roles-after-name";
import { postClosingClause } from "./titles";

/** Where a sentence (or a paragraph) starts: the name must open it. */
const SENTENCE_START = /[。！？!?；;\n]/;

export function commaApposedPosts(t: ArticleText, orgs: OrgSpan[], placed: PlacedPerson[], found: FoundRole[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  for (const who of placed) {
    if (who.start > 0 && !SENTENCE_START.test(text[who.start - 1]!)) continue;
    if (text[who.end] !== "，" && text[who.end] !== ",") continue;
    const org = orgs.find((o) => o.start === who.end + 1);
    if (!org) continue;
    const clause = postClosingClause(text, t.low, org.end);
    // the clause closes with a comma or a full stop: a title before 表示 or a name is not an apposition
    if (!clause || !/[，,。；;]/.test(text[clause.end] ?? "")) continue;
    const post = text.slice(org.end, clause.end).replace(/^的/, "");
    if (post.length === 0 || post.length > 12 || !/^[\u4e00-\u9fffA-Za-z]+$/.test(post)) continue;
    if ([...found, ...out].some((r) => r.personName === who.name && r.org.name === org.name && r.title === post)) continue;
    out.push({ personSlug: who.slug, personName: who.name, personStart: who.start, org, title: t.original.slice(clause.end - post.length, clause.end), sentence: sentenceAt(t, who.start) });
  }
  return out;
}
