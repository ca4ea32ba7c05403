/**
 * Where former pupils or staff are listed one by one, each named and then placed (班长X， 在<org>任
 * 高级主管): a name ending right before the comma, 在, an organisation whose name ends in a kind of
 * body (公司, 控股, 集团, 医院…), 任/担任 and a title closing the clause. The frame vouches for all
 * three: the name (a surname from the table, or a person found already), the organisation and the post.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isClauseBreakAt, isHanAt } from "./context";
import type { FoundName, FoundRole, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt, isCommonWord } from "./names";
import { titleEndingAt } from "./titles";

const COMMA_ZAI_REN = /[，,]\s*在([\u4e00-\u9fff]{2,14}?)(?:担任|任)/g;
/** Kinds of body an organisation's name ends in (general vocabulary). */
const BODY_END = /(?:公司|控股|集团|银行|医院|中学|小学|大学|学院|研究院|研究所|事务所|电视台|报社|出版社)$/;

/** The name ending at `end`: a person found there, or a three- or two-character name with a common surname. */
function nameEndingAt(text: string, end: number, people: PersonSpan[], known: FoundName[]): { name: string; start: number } | null {
  const found = known.find((n) => n.type === "person" && n.at + n.name.length === end) ?? null;
  if (found) return { name: found.name, start: found.at };
  if (people.some((p) => p.end === end)) return null;
  for (const len of [3, 2]) {
    const s = end - len;
    if (s < 0) continue;
    const c = chineseNameAt(text, s);
    // a surname that is also a word (高, 文) only for a whole three-character reading: the frame after it is strong
    if (c && (c.strongSurname || len === 3) && c.end === end && !isCommonWord(c.name)) return { name: c.name, start: s };
  }
  return null;
}

export function commaZaiRenPosts(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[], known: FoundName[]): { names: FoundName[]; roles: FoundRole[] } {
  const text = t.simp;
  const names: FoundName[] = [];
  const roles: FoundRole[] = [];
  for (const m of text.matchAll(COMMA_ZAI_REN)) {
    const orgS = m.index + m[0].indexOf("在") + 1;
    const orgE = orgS + m[1]!.length;
    if (!BODY_END.test(m[1]!)) continue;
    // the title runs to the clause's end (a mark or a space)
    const titleS = m.index + m[0].length;
    let e = titleS;
    while (e < text.length && isHanAt(text, e) && !isClauseBreakAt(text, e)) e++;
    const title = text.slice(titleS, e);
    if (title.length === 0 || title.length > 10 || titleEndingAt(t.low, e) === null) continue;
    const who = nameEndingAt(text, m.index, people, known);
    if (!who) continue;
    const sentence = sentenceAt(t, m.index);
    const org = orgs.find((o) => o.start === orgS && o.end === orgE) ?? { start: orgS, end: orgE, slug: null, name: m[1]! };
    if (!orgs.some((o) => o.start < orgE && o.end > orgS)) names.push({ type: "company", name: org.name, confidence: 0.8, evidence: sentence, at: orgS });
    else if (!orgs.includes(org as OrgSpan)) continue;
    if (!known.some((n) => n.type === "person" && n.at === who.start)) names.push({ type: "person", name: who.name, confidence: 0.8, evidence: sentence, at: who.start });
    roles.push({ personSlug: null, personName: who.name, personStart: who.start, org, title, sentence });
  }
  return { names, roles };
}
