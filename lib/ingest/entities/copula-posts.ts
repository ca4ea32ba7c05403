/**
 * A person described by the post they now hold, the name opening the clause and the post closing
 * it (X目前是北极光创投执行董事, X如今是智谱的首席运营官, X现任浙江大学教授): news writes a name so
 * when the post comes after an introduction rather than before the name. Only a known or found
 * organisation and a title ending the clause count, so a clause that merely says what someone is
 * (X是一位连续创业者) names nobody.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isClauseBreakAt } from "./context";
import type { FoundName, FoundRole, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt } from "./names";
import { postClosingClause, titleEndingAt } from "./titles";
import { containsAny, wordTable } from "./word-hits";

/** CALLED_BEFORE's words, looked up in the shared pass over the article rather than scanned for. */
const CALLED_WORD = wordTable(["名叫", "名字叫", "叫做"]);
/** APPOSITIVE_POST's openings (the comma either width), looked up in the shared pass over the article. */
const APPOSITIVE_OPENINGS = wordTable(["，", ","].flatMap((c) => [c + "该公司的", c + "这家公司的"]));

/** When and how: 目前是, 如今是, 现任, 现为, 目前担任 … (a copula or a post verb, with a word of time before). */
const NOW_HOLDS = /^(?:目前|现在|如今|眼下|当前)?(?:是|为|任|担任)|^现(?:任|为|是)|^(?:此前|之前|曾经|曾|早年)(?:任|担任|是|为)?在|^(?:此前|之前|曾经|曾)(?:任|担任|是)|^(?:目前|现在|如今)?在/;
/** The last characters of NOW_HOLDS's verbs (是, 为, 任, 在): what must stand right before the organisation. */
const VERB_END = new Set(["是", "为", "任", "在"].map((c) => c.charCodeAt(0)));
/** After 在 + the organisation, the verb of holding the post (曾在百度|担任|副总裁): it belongs to the post, not the title. */
const HOLDS_AFTER_ZAI = /^(?:担任|出任|任职|任)/;
/**
 * A noun for a person the name is apposed to (新加入的成员|X曾是…, 另一位嘉宾|Y现任…): the name opens
 * its clause as much as after a mark.
 */
const PERSON_HEAD = /(?:成员|嘉宾|员工|同事|校友|搭档)$/;
/** How far the name may stand before the verb (X|目前|是…, X|已于上月|…). */
const REACH = 6;

export function copulaPosts(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): { names: FoundName[]; roles: FoundRole[] } {
  const names: FoundName[] = [];
  const roles: FoundRole[] = [];
  const text = t.simp;
  for (const o of orgs) {
    // the verb right before the organisation, the name a few characters before the verb: a look at
    // the character before first, as most organisations follow no copula
    if (o.start < 2 || !VERB_END.has(text.charCodeAt(o.start - 1))) continue;
    let v = -1;
    let verbLen = 0;
    for (let k = Math.max(0, o.start - 4); k < o.start; k++) {
      const m = NOW_HOLDS.exec(text.slice(k, o.start));
      if (m && k + m[0].length === o.start) {
        v = k;
        verbLen = m[0].length;
        break;
      }
    }
    if (v < 0 || verbLen === 0) continue;
    // the post: 的 may stand between, and a title must close the clause
    const clause = postClosingClause(text, t.low, o.end);
    if (!clause) continue;
    const e = clause.end;
    // 在 + the organisation needs the verb of holding after it (X曾在百度担任副总裁; not X在百度的地位…)
    const zai = text[o.start - 1] === "在";
    const held = zai ? HOLDS_AFTER_ZAI.exec(text.slice(o.end, o.end + 2)) : null;
    if (zai && !held) continue;
    const post = text.slice(o.end + (held ? held[0].length : 0), e).replace(/^的/, "");
    if (post.length === 0 || post.length > 12 || !/^[\u4e00-\u9fffA-Za-z]+$/.test(post)) continue;
    const hold = (name: string, start: number) => {
      names.push({ type: "person", name, confidence: 0.75, evidence: sentenceAt(t, start), at: start });
      roles.push({ personSlug: null, personName: name, personStart: start, org: o, title: t.original.slice(e - post.length, e), sentence: sentenceAt(t, start) });
    };
    // the verb opening a later clause of the sentence: the person the sentence opened with, or the one
    // the clause before ended by naming (…名叫X，如今是…)
    if (v > 0 && /[，,]/.test(text[v - 1]!)) {
      const who = subjectBefore(text, v - 1, people);
      if (who) hold(who.name, who.start);
      continue;
    }
    for (let s = v - 2; s >= Math.max(0, v - 3 - REACH); s--) {
      if (s > 0 && !isClauseBreakAt(text, s - 1) && !PERSON_HEAD.test(text.slice(Math.max(0, s - 2), s))) continue;
      const known = people.find((p) => p.start === s);
      if (known) break;
      const zh = chineseNameAt(text, s);
      if (!zh || !zh.strongSurname || zh.end > v) break;
      // between the name and the verb only a word of time or manner (目前, 已, 也), no clause
      const gap = text.slice(zh.end, v);
      if (!/^(?:目前|现在|如今|也|则|已|还|同时|眼下)?$/.test(gap)) break;
      hold(zh.name, s);
      break;
    }
  }
  return { names, roles };
}

/** Words that name someone just introduced (名叫X, 叫做X). */
const CALLED = /(?:名叫|叫做|名为)$/;
/** Clauses of one sentence the subject carries over (X毕业于…，2021年回国，现任…). */
const CLAUSES_CARRIED = 3;

/**
 * Who a clause ending at `comma` leaves as the subject: a name it ends on after 名叫, or else a
 * name opening the sentence, at most a few clauses back; none when another clause opens with a name.
 */
function subjectBefore(text: string, comma: number, people: PersonSpan[]): { name: string; start: number } | null {
  let s = comma;
  while (s > 0 && !isClauseBreakAt(text, s - 1)) s--;
  for (let k = Math.max(s, comma - 6); k < comma - 1; k++) {
    if (!CALLED.test(text.slice(Math.max(0, k - 2), k))) continue;
    const zh = chineseNameAt(text, k);
    if (zh && zh.strongSurname && zh.end === comma) return { name: zh.name, start: k };
  }
  let clauses = 1;
  while (s > 0 && /[，,]/.test(text[s - 1]!) && clauses < CLAUSES_CARRIED) {
    s--;
    while (s > 0 && !isClauseBreakAt(text, s - 1)) s--;
    clauses++;
  }
  if (s > 0 && !/[。！？!?\n]/.test(text[s - 1]!)) return null;
  if (people.some((p) => p.start === s)) return null;
  const zh = chineseNameAt(text, s);
  return zh && zh.strongSurname && !/^[，,]/.test(text.slice(zh.end, zh.end + 1)) ? { name: zh.name, start: s } : null;
}

/** ，这家公司的 / ，该公司的 after a name, then a title closing the clause (X，这家公司的创始人兼CEO，…). */
const APPOSITIVE_POST = /[，,](?:该|这家)公司的/g;

/**
 * A name opening its clause with an appositive that gives the person's post at the company the
 * text speaks of (乔牧野，这家公司的创始人兼CEO，曾在…): a name by that alone; the post itself is
 * read with the name's other posts (./roles-after-name).
 */
export function appositiveNames(t: ArticleText, people: PersonSpan[]): FoundName[] {
  const out: FoundName[] = [];
  const text = t.simp;
  if (!containsAny(text, APPOSITIVE_OPENINGS)) return out;
  for (const m of text.matchAll(APPOSITIVE_POST)) {
    const comma = m.index;
    const clause = postClosingClause(text, t.low, comma + m[0].length);
    if (!clause || clause.end - (comma + m[0].length) > 12) continue;
    // the name is the whole clause before the comma
    let s = comma;
    while (s > 0 && comma - s <= 4 && !isClauseBreakAt(text, s - 1)) s--;
    if (comma - s < 2 || comma - s > 4 || (s > 0 && !isClauseBreakAt(text, s - 1)) || people.some((p) => p.start === s)) continue;
    const zh = chineseNameAt(text, s);
    if (zh && zh.strongSurname && zh.end === comma) out.push({ type: "person", name: zh.name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}

/** 名叫X的, 名字叫X的, 叫做X的: the name runs to the 的. */
const CALLED_BEFORE = /(?:名叫|名字叫|叫做)/g;
/** What 的 leads to when X is a person (一位名叫X的工程师), not a company or a product (名叫X的公司). */
const PERSON_AFTER_DE = /^[\u4e00-\u9fffA-Za-z]{0,6}?(?:工程师|研究员|员工|学生|博士生|博士|研究生|开发者|程序员|产品经理|设计师|分析师|医生|教师|老师|创业者|女士|先生|男子|女子|年轻人|小伙|姑娘)/;

/**
 * A person introduced by name rather than by title (一位名叫张文博的工程师): the name is exactly what
 * stands between 名叫 and 的, with a surname, and what 的 leads to is a person.
 */
export function calledNames(t: ArticleText, people: PersonSpan[]): FoundName[] {
  const out: FoundName[] = [];
  const text = t.simp;
  if (!containsAny(text, CALLED_WORD)) return out;
  for (const m of text.matchAll(CALLED_BEFORE)) {
    const s = m.index + m[0].length;
    const de = text.indexOf("的", s);
    if (de - s < 2 || de - s > 4 || people.some((p) => p.start === s)) continue;
    const zh = chineseNameAt(text, s);
    const name = text.slice(s, de);
    if (!zh || !zh.strongSurname || !/^[\u4e00-\u9fff]+$/.test(name) || (de - s === 4 && zh.name.length < 3)) continue;
    if (!PERSON_AFTER_DE.test(text.slice(de + 1, de + 12)) && !titleEndingAt(t.low, clauseEnd(text, de + 1))) continue;
    out.push({ type: "person", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}

function clauseEnd(text: string, from: number): number {
  let e = from;
  while (e < text.length && e - from < 10 && !isClauseBreakAt(text, e)) e++;
  return e;
}
