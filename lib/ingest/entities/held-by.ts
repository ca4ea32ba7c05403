/**
 * A post named first and its holder after 由 (公司CEO由连续创业者X出任, 首席科学家一职由X担任):
 * title-first patterns stop at 由, and the holder may be described before the name. The post is at
 * the organisation named before the title in its clause, or, after 公司 or nothing, at the company
 * the article is about. A 的-clause may describe the holder too (由此前在X工作的Y担任).
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

/** The holder's name at `at`, when the verb that gives the post follows it (…X担任). */
function holderAt(text: string, at: number, people: PersonSpan[], orgs: OrgSpan[]): { at: number; zh: NonNullable<ReturnType<typeof chineseNameAt>> } | null {
  if (people.some((p) => p.start === at) || orgs.some((o) => o.start <= at && o.end > at)) return null;
  const zh = chineseNameAt(text, at);
  return zh && zh.strongSurname && TAKES.test(text.slice(zh.end, zh.end + 2)) ? { at, zh } : null;
}

/**
 * …or after a 的-clause that says where the holder worked (首席财务官由此前在中金公司工作的|X|担任):
 * the name right after one of the clause's 的, in the same clause, with the post verb after it.
 */
function holderAfterDe(text: string, from: number, people: PersonSpan[], orgs: OrgSpan[]) {
  for (let i = from; i < from + 18 && i < text.length && !CLAUSE_BREAK.test(text[i]!); i++) {
    if (text[i] !== "的") continue;
    const holder = holderAt(text, i + 1, people, orgs);
    if (holder) return holder;
  }
  return null;
}

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
    const holder = holderAt(text, k + 1 + lead.length, people, orgs) ?? holderAfterDe(text, k + 1, people, orgs);
    if (!holder) continue;
    const { at, zh } = holder;
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
