/**
 * Round-table and interview pieces open each speaker's part with a line 「王某（某市某医院儿科主任）：」:
 * a name, a bracketed gloss that ends in a title, and a colon. The gloss says the head is a person
 * and where they work, so one such line is enough (a bare 「X：」 line is not: see speaker-names).
 * The organisation is the one found in the gloss right before the title, or the gloss's own
 * run when it ends in an organisation's kind (…服务站).
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, FoundRole, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt } from "./names";
import { ORG_SUFFIX, PHRASE_CHARS } from "./org-words";
import { titleEndingAt } from "./titles";

const HEAD = /^([\u4e00-\u9fff]{2,4})[（(]([^（()）\n：:]{2,40})[)）]\s*[：:]/;
/** Titles that gloss no post (记者 and 编辑 byline the piece). */
const DEPARTMENT = /^(?:[\u4e00-\u9fff]{0,3}[科部室处组])?$/;
/** Kinds of public unit a gloss names beside the general suffixes (…保健院, …服务站, …监察局). */
const UNIT_END = /(?:[院所站局厅委办馆社厂校]|中心)$/;
const NOT_A_POST = new Set(["记者", "编辑"]);

export function glossedSpeakers(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): { names: FoundName[]; roles: FoundRole[] } {
  const text = t.simp;
  const names: FoundName[] = [];
  const roles: FoundRole[] = [];
  if (!text.includes("（") && !text.includes("(")) return { names, roles };
  for (let ls = 0; ls < text.length; ) {
    const nl = text.indexOf("\n", ls);
    const le = nl === -1 ? text.length : nl;
    const m = HEAD.exec(text.slice(ls, Math.min(le, ls + 52)));
    const at = ls;
    ls = le + 1;
    if (!m) continue;
    const zh = chineseNameAt(text, at);
    if (!zh || !zh.strongSurname || zh.end !== at + m[1]!.length) continue;
    const glossStart = zh.end + 1;
    const glossEnd = glossStart + m[2]!.length;
    const title = titleEndingAt(t.low, glossEnd);
    if (!title || NOT_A_POST.has(title)) continue;
    const titleStart = glossEnd - title.length;
    const sentence = sentenceAt(t, at);
    const known = people.find((p) => p.start === at && p.end === zh.end);
    if (!known) names.push({ type: "person", name: zh.name, confidence: 0.8, evidence: sentence, at });
    const org = orgAt(text, orgs, glossStart, titleStart);
    if (!org) continue;
    if (!org.slug && !orgs.includes(org)) names.push({ type: "company", name: org.name, confidence: 0.75, evidence: sentence, at: org.start });
    roles.push({ personSlug: known?.slug ?? null, personName: zh.name, personStart: at, org, title: t.original.slice(titleStart, glossEnd), sentence });
  }
  return { names, roles };
}

/** The organisation ending where the title starts: a found one, else the gloss's run when it ends in a kind. */
function orgAt(text: string, orgs: OrgSpan[], s: number, e: number): OrgSpan | null {
  // a department may stand between the organisation and the title (…医院|儿科|主任)
  const found = orgs.filter((o) => o.start >= s && o.end <= e && DEPARTMENT.test(text.slice(o.end, e))).sort((a, b) => b.end - a.end || a.start - b.start)[0];
  if (found) return found;
  for (let end = e; end >= e - 4 && end - s >= 4; end--) {
    if (!DEPARTMENT.test(text.slice(end, e))) continue;
    const run = text.slice(s, end);
    if ((ORG_SUFFIX.test(run) || UNIT_END.test(run)) && !PHRASE_CHARS.test(run)) return { start: s, end, slug: null, name: run };
  }
  return null;
}
