/**
 * People named in a list with a person already found (捐赠人为丁健、李彦宏、沈南鹏、张磊;
 * 卢煜明(2016年)、施一公(2017年)): news lists people by name alone, and one accepted name makes
 * its neighbours names too when each is exactly a surname + given name. Only 、 and 和/与/及 join
 * a list; a parenthesis after an item (a year, an affiliation) is skipped.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isClauseBreak } from "./context";
import type { FoundName } from "./discover";
import { chineseNameAt, listItemName, rareSurnameNameAt, verbStartsAt } from "./names";
import { titleEndingAt } from "./titles";

/** Confidence of a listed name: its neighbour vouches for it, but it has no title or verb of its own. */
export const LISTED_CONFIDENCE = 0.75;
const JOINERS = "、和与及";
const MAX_LIST = 40;

/** End of a parenthetical that starts at `at`, or `at` when there is none. */
function skipParenthesis(text: string, at: number): number {
  const open = text[at];
  if (open !== "(" && open !== "（") return at;
  const close = open === "(" ? ")" : "）";
  const e = text.indexOf(close, at);
  return e === -1 || e - at > 20 ? at : e + 1;
}

/** Start of a parenthetical that ends right before `at`, or `at` when there is none. */
function skipParenthesisBack(text: string, at: number): number {
  const close = text[at - 1];
  if (close !== ")" && close !== "）") return at;
  const open = close === ")" ? "(" : "（";
  const s = text.lastIndexOf(open, at - 1);
  return s === -1 || at - s > 20 ? at : s;
}

/** An item ends here: a joiner, a parenthesis, a clause break, 等, or the end. */
function itemEnds(text: string, at: number): boolean {
  const ch = text[at];
  return ch === undefined || JOINERS.includes(ch) || ch === "(" || ch === "（" || ch === "等" || isClauseBreak(ch) || ch === " ";
}

/** First characters of the verbs of office ending in 任 (聘任, 担任, 出任, 兼任, 现任, 曾任, 接任, 委任, 升任, 历任). */
const OFFICE_VERB_FIRST = "聘担出兼现曾接继委升新时原历调转改就";

/**
 * The name ending right before `end`. A reading whose "surname" is the last character of a title
 * (插画|师冼佳) is no name: the item is what follows the title, read with the title vouching for a
 * surname the table lacks (插画师|冼佳).
 */
function nameEndingAt(text: string, end: number): { start: number; name: string } | null {
  for (const len of [3, 2, 4]) {
    const s = end - len;
    if (s < 0) continue;
    const title = titleEndingAt(text, s + 1);
    if (title && title.length > 1) continue;
    // 任 closing a verb of office (聘任|张鹏、刘洋) is no surname: the item is what follows the verb
    if (text[s] === "任" && OFFICE_VERB_FIRST.includes(text[s - 1] ?? "")) continue;
    const zh = chineseNameAt(text, s);
    if (zh && zh.end === end && zh.strongSurname) return { start: s, name: zh.name };
  }
  for (const len of [2, 3]) {
    const s = end - len;
    if (s < 1 || !titleEndingAt(text, s)) continue;
    const rare = rareSurnameNameAt(text, s);
    if (rare && rare.end === end) return { start: s, name: rare.name };
  }
  return null;
}

/**
 * Names listed next to the given person spans, walking the list both ways. Known names (gazetteer
 * people) are returned too: the list confirms an ambiguous one (邓锋 among 吴鹰、徐小平).
 */
export function listedNames(t: ArticleText, personSpans: [number, number][]): FoundName[] {
  const text = t.simp;
  const out = new Map<string, FoundName>();
  const queue = personSpans.filter(([s, e]) => e > s);
  const visited = new Set(queue.map(([s]) => s));
  const add = (start: number, name: string, end: number) => {
    if (visited.has(start) || out.size >= MAX_LIST) return;
    visited.add(start);
    queue.push([start, end]);
    if (!out.has(name)) out.set(name, { type: "person", name, confidence: LISTED_CONFIDENCE, evidence: sentenceAt(t, start), at: start });
  };
  while (queue.length) {
    const [s, e] = queue.pop()!;
    // to the right: joiner, then a name that is a whole item
    const r = skipParenthesis(text, e);
    if (JOINERS.includes(text[r] ?? "")) {
      const zh = chineseNameAt(text, r + 1);
      // the last item may run straight into the sentence's verb (王晓明、李国强、陈志华|出席)
      if (zh && zh.strongSurname && (itemEnds(text, zh.end) || verbStartsAt(text, zh.end))) add(r + 1, zh.name, zh.end);
    }
    // to the left: joiner, then a name that ends right before it
    if (s > 0 && JOINERS.includes(text[s - 1]!)) {
      const end = skipParenthesisBack(text, s - 1);
      const hit = nameEndingAt(text, end);
      if (hit) add(hit.start, hit.name, end);
    }
  }
  return [...out.values()];
}

/**
 * Clause ends for a name list: sentence and clause punctuation, not the list's own 、. A table
 * read, not a regex test: the walk to each list's clause ends tests every character of the clause.
 */
const LIST_CLAUSE_BREAK = new Uint8Array(65536);
for (const c of "，。；：！？,;:!?\n") LIST_CLAUSE_BREAK[c.charCodeAt(0)] = 1;
/** A parenthetical after an item (a year, an affiliation). */
const ITEM_NOTE = /[(（][^()（）]{1,18}[)）]$/;

/**
 * Lists of names with no known person among them (卢煜明(2016年)、施一公(2017年); 李明远、张晓、王一帆):
 * three or more items that are each exactly a surname + given name, or two or more that each carry
 * a parenthetical note. An item that is an organisation's name breaks the list.
 */
export function nameLists(t: ArticleText, isOrgName: (name: string) => boolean): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  // only clauses with a 、 can hold a list: jump from one to the next
  for (let at = text.indexOf("、"); at !== -1; ) {
    let s = at;
    while (s > 0 && LIST_CLAUSE_BREAK[text.charCodeAt(s - 1)] === 0) s--;
    let e = at;
    while (e < text.length && LIST_CLAUSE_BREAK[text.charCodeAt(e)] === 0) e++;
    out.push(...listInClause(t, text.slice(s, e), s, isOrgName));
    at = text.indexOf("、", e);
  }
  return out;
}

/** The list's last item does what only people do together (徐进、郑达韬|共同创立幻方): two names make a list. */
const JOINT_ACT = /^(?:共同|联合|一起|一同|合伙)(?:创立|创办|创建|发起|成立|出资)/;

/** Adverbs that open a predicate said of every item of a list before them (均, 都, 分别, 先后, 紧随其后). */
const LIST_ADVERB = /^(?:均|都|皆|也|分别|先后|相继|同时|一同|一起|紧随)/;
/** Last characters of place names (村, 镇, 港, 岭…), which the surname table reads as given names. */
const PLACE_END = /[村镇乡县市区省港岭路街湾岛]$/;

/**
 * A tail that calls the list's items people (李静、吉杰、大左等明星主播): the head noun is a kind of
 * person, not the first half of a compound (等明星企业, 等专家团队).
 */
/** …and the arts and sciences that name their masters in lists (沈周、唐寅等明代画家, 李白、杜甫等诗人, 钱学森、邓稼先等科学家). */
const PEOPLE_TAIL = /等(?:[^\s，。、,;；]{0,4}?)(?:主播|嘉宾|明星|艺人|演员|歌手|选手|专家|学者|院士|企业家|大咖|网红|博主|导演|作家|运动员|球员|画家|书画家|书法家|诗人|词人|文学家|思想家|艺术家|音乐家|作曲家|科学家|名家|大师)(?!企业|公司|机构|团|队|品牌|产品|店|组|库|群|榜|奖|节|会|学|协|村|城|馆)/;

function listInClause(t: ArticleText, clause: string, offset: number, isOrgName: (name: string) => boolean): FoundName[] {
  const parts = clause.split("、");
  // the last item ends at a people tail (大左|等明星主播): the tail vouches for a list of two names
  const tail = parts.length > 1 ? PEOPLE_TAIL.exec(parts.at(-1)!) : null;
  if (tail) parts[parts.length - 1] = parts.at(-1)!.slice(0, tail.index);
  const items: { name: string; at: number; noted: boolean }[] = [];
  let pos = offset;
  let skipped = false;
  let jointAct = false;
  let summedBy = false;
  for (let k = 0; k < parts.length; k++) {
    const raw = parts[k]!;
    const note = ITEM_NOTE.exec(raw);
    const body = note ? raw.slice(0, raw.length - note[0].length) : raw;
    let hit: { name: string; at: number } | null = null;
    if (k === 0) {
      const tail = nameEndingAt(body, body.length);
      if (tail) hit = { name: tail.name, at: pos + tail.start };
      else if (listItemName(body)) hit = { name: body, at: pos };
    } else {
      const zh = chineseNameAt(body, 0);
      const last = k === parts.length - 1;
      const together = last && zh !== null && zh.strongSurname && JOINT_ACT.test(body.slice(zh.end, zh.end + 6));
      if (together) jointAct = true;
      // …or the last runs into an adverb that sums the list up (X、Y、Z|均晋级四强, |分别获得): the list's own predicate
      const summed = last && zh !== null && zh.strongSurname && LIST_ADVERB.test(body.slice(zh.end, zh.end + 2));
      if (summed) summedBy = true;
      if (zh && (zh.end === body.length || (last && itemEnds(body, zh.end)) || together || summed)) hit = { name: zh.name, at: pos };
      else if (listItemName(body)) hit = { name: body, at: pos };
    }
    pos += raw.length + 1;
    if (hit && isOrgName(hit.name)) return [];
    if (hit && listItemName(hit.name)) {
      items.push({ name: hit.name, at: hit.at, noted: note !== null });
      continue;
    }
    // one item of a name's length the surname table cannot read (马大为) is passed over, not the list
    if (skipped || !/^[\u4e00-\u9fff]{2,3}$/.test(body)) return [];
    skipped = true;
  }
  const ok = items.length >= 3 || (items.length >= 2 && (tail !== null || (!skipped && (jointAct || items.every((x) => x.noted)))));
  if (!ok) return [];
  // places are listed and summed up the same way (张家港、王家岭、李家村|均有分布): an item ending as a place does not pass
  if (summedBy && items.some((x) => PLACE_END.test(x.name))) return [];
  return items.map((x) => ({ type: "person", name: x.name, confidence: LISTED_CONFIDENCE, evidence: sentenceAt(t, x.at), at: x.at }));
}
