/**
 * Competitors named by a result (王楚钦4比1击败莫雷加德, 覃海洋以58秒91的成绩卫冕, 游泳世锦赛冠军焦刘洋，):
 * sports reports name athletes by result, not by post, so no title or speech verb vouches for them.
 * Three shapes vouch instead, each needing a name the surname table reads with a common surname:
 * - a match score and a verb of winning or losing between two sides: both sides are competitors
 *   (the side after the verb may be a transliterated name, read by its characters);
 * - a competitor posting a time, distance or score (X以1分56秒82夺冠) with a result word after it,
 *   or placing (X位列第二, X和Y分获二、三名) at the head of the clause;
 * - a word for an athlete right before a name that fills the item (跳水名将X。, 冠军X和Y).
 * Teams and clubs play in the first two shapes too; their names are no surname + given name, and a
 * name already read as an organisation's is skipped. The side before a score or 以 must open its
 * clause or follow an athlete word or 的, so the tail of a longer name (上海申花) is not read as one.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isClauseBreakAt, isHanAt } from "./context";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { isCountryName, isPlaceName } from "./institution-names";
import { chineseNameAt, isParty } from "./names";
import { overlapsAny } from "./spans";
import { soundNameAt } from "./transliterated-post-names";
import { containsAny, wordHits, wordProduct, wordTable } from "./word-hits";

const CONFIDENCE = 0.75;

/** A match score and a verb of winning or losing (4比1击败, 3:2险胜, 0比2负于). */
export const SCORE_VERB = /\d{1,2}(?:比|:|：)\d{1,2}(?:击败|战胜|险胜|力克|淘汰|逆转|横扫|完胜|轻取|负于|不敌|惜败|憾负|胜)/g;
/** SCORE_VERB's verbs, one of which ends every match: looked up in the shared pass, not a scan per article. */
export const SCORE_VERB_WORDS = wordTable(["击败", "战胜", "险胜", "力克", "淘汰", "逆转", "横扫", "完胜", "轻取", "负于", "不敌", "惜败", "憾负", "胜"]);
/** A time, distance, score or mark a competitor posts (以1分56秒82, 以2米35, 以4比1, 以9.83秒). */
export const POSTED_MARK = /以\d+(?:\.\d+)?(?:分|秒|米|环|公斤|杆|比|:|：)[\d.分秒米环比:：]*/g;
/** 以 and a digit, how every POSTED_MARK match starts. */
export const POSTED_START = wordTable(wordProduct(["以"], [..."0123456789"]));
/** What a posted mark leads to in the same clause (夺冠, 卫冕, 打破…纪录, 的成绩). */
const RESULT_WORD = /^[^，。；！？,;!?\n]{0,12}?(?:夺冠|夺金|卫冕|获胜|胜出|折桂|摘金|摘得|夺得|获得|打破|刷新|位列|名列|排名|晋级|击败|战胜|取胜|夺魁|登顶|的成绩)/;
/** Verbs of placing in a field (位列第二, 分获二、三名, 卫冕): said of a competitor at the clause's head. */
const RANK_VERB = wordTable(["位列", "名列", "分获", "夺冠", "卫冕", "折桂", "摘金", "夺金"]);
/** A placing won (获得第五名, 获第三名): no fixed word, so read by a pattern beside the word table. */
export const PLACING_WON = /获得?第[一二三四五六七八九十\d]{1,3}名/g;
/** How every PLACING_WON match starts (获第, 获得第): looked up in the shared pass before the pattern scans the article. */
export const PLACING_START = wordTable(["获得第", "获第"]);
/** Words for an athlete that stand right before a name (冠军X, 名将X, 主教练X: 教练 ends it). */
const ATHLETE_WORDS = "冠军|亚军|季军|名将|新锐|小将|老将|新秀|选手|队员|运动员|球员|棋手|车手|教练|主帅|教头";
/** An athlete word ending the text it is tested on: the name after it starts fair. */
const ATHLETE_WORD = new RegExp(`(?:${ATHLETE_WORDS})$`);
/** Each athlete word, as a place a name may start right after (these and RANK_VERB are read in the shared pass over the article (word-hits), not a scan of the whole text of its own). */
const ATHLETE_NAME = wordTable(ATHLETE_WORDS.split("|"));
/** Joiners after which a list goes on (冠军X和Y, X、Y). */
const JOINER = /^[和与及、]/;

/** The name opens its clause, or an athlete word, 的 or a joiner stands before it. */
function fairStart(text: string, s: number): boolean {
  if (s === 0 || !isHanAt(text, s - 1)) return true;
  return text[s - 1] === "的" || JOINER.test(text[s - 1]!) || ATHLETE_WORD.test(text.slice(Math.max(0, s - 3), s));
}

/**
 * A common-surname name ending right at `end` that opens its clause or follows an athlete word.
 * The name is read in the text cut at `end`: what follows is the result (汪顺|夺冠), not part of it.
 */
function nameEndingAt(text: string, end: number): { start: number; name: string } | null {
  const upTo = text.slice(Math.max(0, end - 8), end);
  const shift = end - upTo.length;
  // four characters for a compound surname's name (欧阳天宇, 铃木健吾)
  for (const len of [4, 3, 2]) {
    const s = end - len;
    if (s < 0) continue;
    const zh = chineseNameAt(upTo, s - shift);
    if (zh && zh.end + shift === end && zh.strongSurname && !isParty(zh.name) && fairStart(text, s)) return { start: s, name: zh.name };
  }
  return null;
}

/** The name starting at `s` that fills its item: a common-surname name, or a transliterated run, up to a mark or joiner. */
function wholeItemNameAt(text: string, s: number, soundOk: boolean): string | null {
  const zh = chineseNameAt(text, s);
  if (zh && zh.strongSurname && !isParty(zh.name) && itemEndsAt(text, zh.end)) return zh.name;
  if (!soundOk) return null;
  const sound = soundNameAt(text, s);
  return sound && sound.length >= 3 && itemEndsAt(text, s + sound.length) ? sound : null;
}

/**
 * The item ends at `e`: a mark, or a joiner with the next item after it. A joiner right before a
 * mark is the name's own last character (张本智和，), not a joiner.
 */
function itemEndsAt(text: string, e: number): boolean {
  if (e >= text.length || isClauseBreakAt(text, e)) return true;
  return JOINER.test(text.slice(e, e + 1)) && isHanAt(text, e + 1);
}

/** Sides that are no person: a team (韩国队, 八一队) or a country or place (韩国, 德国男篮 reads 德国). */
const TEAM_END = /[队军团组国]$/;
function isSide(name: string): boolean {
  return TEAM_END.test(name) || isCountryName(name) || isCountryName(name.slice(0, 2)) || isPlaceName(name.slice(0, 2));
}

/** A club's post or its players right after a side's name (申花队长, 申花主帅, 海港球员): the side is a team. */
const CLUB_AFTER = /^(?:队长|副队长|主帅|主教练|教练|球员|队员|俱乐部|队)/;
/**
 * The article writes the side elsewhere as a team: after a city (上海|申花) or before a club's post
 * (申花|队长). A name after a score is read by its surname (申花 starts with 申), so this is what
 * tells a club from a person.
 */
function teamElsewhere(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
    if (CLUB_AFTER.test(text.slice(i + name.length, i + name.length + 3))) return true;
    if (i >= 2 && isPlaceName(text.slice(i - 2, i))) return true;
  }
  return false;
}

export function resultNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  const taken = (s: number, e: number) => overlapsAny(orgs, s, e) || overlapsAny(people, s, e);
  const add = (at: number, name: string) => {
    if (name.includes("某") || isSide(name) || taken(at, at + name.length) || out.some((n) => n.at === at) || teamElsewhere(text, name)) return;
    out.push({ type: "person", name, confidence: CONFIDENCE, evidence: sentenceAt(t, at), at });
  };
  // each pattern scans the article only when the shared pass found a word every match of it holds
  const scores = containsAny(text, SCORE_VERB_WORDS) ? text.matchAll(SCORE_VERB) : [];
  for (const m of scores) {
    const before = nameEndingAt(text, m.index);
    if (before) add(before.start, before.name);
    const after = m.index + m[0].length;
    const other = wholeItemNameAt(text, after, true);
    if (other) add(after, other);
  }
  const marks = containsAny(text, POSTED_START) ? text.matchAll(POSTED_MARK) : [];
  for (const m of marks) {
    const end = m.index + m[0].length;
    if (!RESULT_WORD.test(text.slice(end, end + 20))) continue;
    const before = nameEndingAt(text, m.index);
    if (before) add(before.start, before.name);
  }
  for (const at of rankVerbsAt(text)) {
    const last = nameEndingAt(text, at);
    if (!last) continue;
    add(last.start, last.name);
    // a pair sharing the place (X和Y分获二、三名)
    if (!JOINER.test(text[last.start - 1] ?? "")) continue;
    const first = nameEndingAt(text, last.start - 1);
    if (first) add(first.start, first.name);
  }
  for (const m of wordHits(text, ATHLETE_NAME)) {
    const at = m.at + m.word.length;
    const name = wholeItemNameAt(text, at, false);
    if (name) add(at, name);
  }
  return out;
}

/**
 * Where a placing verb starts, in text order: the word table's hits and the placings won, as one
 * alternation of both would find them (a word inside a placing, 名列 in 获得第一名列, is not one).
 */
function rankVerbsAt(text: string): number[] {
  const placings = containsAny(text, PLACING_START) ? Array.from(text.matchAll(PLACING_WON), (m) => [m.index, m.index + m[0].length] as const) : [];
  const ats = wordHits(text, RANK_VERB)
    .filter((h) => !placings.some(([from, to]) => h.at < to && h.at + h.word.length > from))
    .map((h) => h.at);
  for (const [from] of placings) ats.push(from);
  return ats.sort((a, b) => a - b);
}
