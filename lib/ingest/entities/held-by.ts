/**
 * A post named first and its holder after 由 (公司CEO由连续创业者X出任, 首席科学家一职由X担任):
 * title-first patterns stop at 由, and the holder may be described before the name. The post is at
 * the organisation named before the title in its clause, or, after 公司 or nothing, at the company
 * the article is about.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, FoundRole, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt } from "./names";
import { titleEndingAt } from "./titles";

/** After 由: a description of the holder ending in a word for a kind of person, then the name. */
const HOLDER_LEAD = /^(?:[\u4e00-\u9fff]{0,6}?(?:创业者|老将|元老|高管|老兵|专家|学者))?/;
/** After the name: the verb that gives the post. */
const TAKES = /^(?:出任|担任|接任|兼任)/;
/** Words after the title that close the post (…CEO一职). */
const POST_TAIL = /(?:一职|职务|职位)$/;
/** 公司 standing where the organisation's name would. */
const POINTER = /^(?:该|本|这家)?(?:公司|企业)?的?$/;
const CLAUSE_BREAK = /[，。；！？,;!?：:\n]/;

export function postsHeldBy(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[], subject: OrgSpan | null): { names: FoundName[]; roles: FoundRole[] } {
  const names: FoundName[] = [];
  const roles: FoundRole[] = [];
  const text = t.simp;
  for (let k = text.indexOf("由"); k !== -1; k = text.indexOf("由", k + 1)) {
    const tail = POST_TAIL.exec(text.slice(Math.max(0, k - 3), k));
    const titleEnd = k - (tail ? tail[0].length : 0);
    const title = titleEndingAt(t.low, titleEnd);
    if (!title) continue;
    const lead = HOLDER_LEAD.exec(text.slice(k + 1, k + 9))![0];
    const at = k + 1 + lead.length;
    if (people.some((p) => p.start === at) || orgs.some((o) => o.start <= at && o.end > at)) continue;
    const zh = chineseNameAt(text, at);
    if (!zh || !zh.strongSurname || !TAKES.test(text.slice(zh.end, zh.end + 2))) continue;
    let s = titleEnd - title.length;
    while (s > 0 && !CLAUSE_BREAK.test(text[s - 1]!)) s--;
    let org: OrgSpan | null = null;
    for (const o of orgs) if (o.start >= s && o.end <= titleEnd - title.length && (!org || o.start > org.start)) org = o;
    const from = org ? org.end : s;
    if (!org && POINTER.test(text.slice(s, titleEnd - title.length).trim())) org = subject;
    const sentence = sentenceAt(t, at);
    names.push({ type: "person", name: zh.name, confidence: 0.8, evidence: sentence, at });
    const titleText = t.original.slice(org && from === org.end ? from : titleEnd - title.length, titleEnd).replace(/^的/, "").trim();
    if (org && titleText.length > 0 && titleText.length <= 24) roles.push({ personSlug: null, personName: zh.name, personStart: at, org, title: titleText, sentence });
  }
  return { names, roles };
}
