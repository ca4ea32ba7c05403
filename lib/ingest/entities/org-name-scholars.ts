/**
 * Conference and science news name scholars as 「单位 + 姓名 + 教授/研究员」, often several in one
 * sentence joined by 、 (华东师范大学X教授、中山大学Y教授、…研究所Z研究员): the academic title right
 * after a name with a common surname says it is a person, and the post is held at the unit written
 * right before the name. The unit is a found organisation ending there, or the item's own run
 * (from the list mark or clause break) when it ends in an organisation's kind (…大学, …研究所).
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, FoundRole, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt } from "./names";
import { isGenericStem, ORG_SUFFIX, PHRASE_CHARS } from "./org-words";
import { wordHits, wordTable } from "./word-hits";

/** The titles read after an organisation's name, in the order a global alternation of them tried them: their places come from the shared pass over the article. */
const SCHOLAR_TITLES = wordTable(["副教授", "教授", "副研究员", "研究员", "院士", "副秘书长", "秘书长", "副理事长", "理事长", "副会长", "会长", "副所长", "所长", "副院长", "院长"]);

const SCHOLAR_TITLE = /^(?:副教授|教授|副研究员|研究员|院士)/;
/**
 * An association's or institute's officers are addressed the same way (联盟X秘书长, 研究所Y所长),
 * but these words also close a unit's own post (联盟秘书长X): only a found organisation right
 * before the name places them, or a run read as a unit that ends in a society's kind.
 */
const SOCIETY_TAIL = /(?:协会|学会|联合会|商会|联盟|基金会|促进会|研究会)$/;
const OFFICER_TITLE = /^(?:副秘书长|秘书长|副理事长|理事长|副会长|会长|副所长|所长|副院长|院长)/;
/** What opens a list item or a clause before the unit: a mark, or a function word (由, 在, 与). */
const ITEM_OPEN = /[、，。；：！？,;:!?\n“”（）()由在与和及请邀]/;
/** A name that is a unit's part (文学院, 化学系) reads like a name with a common surname. */
const UNIVERSITY_SCHOOL = /^([\u4e00-\u9fff]{2,10}?大学)[\u4e00-\u9fff]{1,12}(?:学院|系)$/;
const SCHOOL = /^[\u4e00-\u9fff]{1,12}(?:学院|系)$/;
const UNIT_TAIL = /[院系所部科室处站局厅组]$/;

export function orgNameScholars(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): { names: FoundName[]; roles: FoundRole[] } {
  const text = t.simp;
  const names: FoundName[] = [];
  const roles: FoundRole[] = [];
  if (!text.includes("教授") && !text.includes("研究员") && !text.includes("院士") && !text.includes("长")) return { names, roles };
  for (const { at: titleStart, word: titleWord } of wordHits(text, SCHOLAR_TITLES)) {
    // the name: two or three characters before the title, read by the surname table
    let hit: { start: number; end: number; name: string } | null = null;
    for (const len of [4, 3, 2]) {
      const s = titleStart - len;
      if (s < 1) continue;
      const zh = chineseNameAt(text, s);
      if (zh && zh.strongSurname && zh.end === titleStart && !UNIT_TAIL.test(zh.name)) {
        hit = { start: s, end: titleStart, name: zh.name };
        break;
      }
    }
    if (!hit) continue;
    const officer = OFFICER_TITLE.test(text.slice(titleStart));
    if (!officer && !SCHOLAR_TITLE.test(text.slice(titleStart))) continue;
    // …or a run read as a unit that ends in a society's kind (…联合会|X秘书长), whose officers these are
    if (officer && !orgs.some((o) => o.end === hit.start) && !SOCIETY_TAIL.test(text.slice(Math.max(0, hit.start - 3), hit.start))) continue;
    if (people.some((p) => p.start < hit.end && p.end > hit.start)) continue;
    if (orgs.some((o) => o.start < hit.end && o.end > hit.start)) continue;
    const org = unitBefore(text, orgs, hit.start);
    if (!org) continue;
    const sentence = sentenceAt(t, hit.start);
    names.push({ type: "person", name: hit.name, confidence: 0.8, evidence: sentence, at: hit.start });
    if (!org.slug && !orgs.includes(org)) names.push({ type: "company", name: org.name, confidence: 0.75, evidence: sentence, at: org.start });
    roles.push({ personSlug: null, personName: hit.name, personStart: hit.start, org, title: t.original.slice(titleStart, titleStart + titleWord.length), sentence });
  }
  return { names, roles };
}

function unitBefore(text: string, orgs: OrgSpan[], nameStart: number): OrgSpan | null {
  const found = orgs.find((o) => o.end === nameStart);
  if (found) {
    // …学院 or …系 of a university found inside it: the post is the university's, as elsewhere
    const parent = orgs.find((o) => o.start === found.start && o.end < found.end && SCHOOL.test(text.slice(o.end, found.end)));
    return parent ?? found;
  }
  let s = nameStart;
  while (s > 0 && nameStart - s < 16 && !ITEM_OPEN.test(text[s - 1]!)) s--;
  if (s > 0 && !ITEM_OPEN.test(text[s - 1]!)) return null;
  // a school or institute of a found organisation (某大学|地理科学学院|X教授): the post is held at the organisation
  const parent = orgs.find((o) => o.start >= s && o.end < nameStart && SCHOOL.test(text.slice(o.end, nameStart)));
  if (parent) return parent;
  const run = text.slice(s, nameStart);
  const suffix = ORG_SUFFIX.exec(run);
  // the kind itself may hold a phrase's character (联合会, 学会): only the stem is read for one
  if (!suffix || run.length < 4 || PHRASE_CHARS.test(run.slice(0, run.length - suffix[0].length)) || !/^[\u4e00-\u9fff]+$/.test(run)) return null;
  if (isGenericStem(run.slice(0, run.length - suffix[0].length))) return null;
  // a university's school (某大学|地理科学学院): the post is the university's, as elsewhere
  const school = UNIVERSITY_SCHOOL.exec(run);
  if (school) return { start: s, end: s + school[1]!.length, slug: null, name: school[1]! };
  return { start: s, end: nameStart, slug: null, name: run };
}
