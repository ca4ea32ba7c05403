/**
 * Sports clubs written as a short name + 队 (湖人队, 火箭队, 勇士队) in a sentence about a game or a
 * league: a club is an organisation like any other, but 队 alone also ends common words (车队,
 * 排队, 消防队, 国家队) and a place's or a country's team (上海队, 中国队) is a side, not a club, so
 * the name needs a sports sentence and a stem that is no such word.
 */
import type { ArticleText } from "./article-text";
import { articleSentenceSpan, sentenceAt } from "./article-text";
import { isHanAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { overlapsAny } from "./spans";
import { isCountryName, isPlaceName } from "./institution-names";
import { PHRASE_CHARS } from "./org-words";

/** Words only a sentence about sport holds. */
const SPORTS_SENTENCE = /\d+比\d+|战胜|击败|不敌|负于|球队|球员|球迷|比赛|赛季|联赛|季后赛|常规赛|总决赛|篮球|足球|排球|冰球|主场|客场|主教练|主帅|夺冠|NBA|CBA|NFL|MLB|NHL|中超|英超|西甲|德甲|意甲/;
/** Stems that make 队 a common word or a kind of crew, not a club's name (消防队, 国家队, 代表队). */
const CREW_STEMS = new Set(
  "国家 国奥 国青 国少 少年 青年 青训 预备 主力 替补 代表 梦之 啦啦 拉拉 仪仗 护卫 消防 救援 救护 医疗 工作 考察 巡逻 突击 先锋 志愿 服务 施工 专业 业余 甲级 乙级 冠军 亚军 对手 两支 这支 那支 一支 各支 男子 女子 混合 东道 卫冕 领先 落后".split(" "),
);
/** The last character of the stem forms a word with 队 (车队, 梯队, 球队, 排队, 归队, 舰队). */
const WORD_WITH_DUI = /[车船梯乐军部团排舰马卫警球站入归带领组列编插结成整分小大支个名强弱主客全本该]$/;
const NOT_IN_STEM = /[一二三四五六七八九十两几多某\d]/;
/**
 * What may stand right before a club's name: no Han character, a joiner or preposition, or the end
 * of a game's verb (战胜|湖人, 对阵|凯尔特人, 迎战|X). The shortest stem so opened is the name, so a
 * verb is never read into it and a four-character name (凯尔特人) is not cut to its tail.
 */
const BEFORE_CLUB = /[、和与及同跟对在是为被让给向从把的了等将战阵胜败赢输克]/;

function stemOk(text: string, s: number, k: number): boolean {
  const stem = text.slice(s, k);
  if (PHRASE_CHARS.test(stem) || NOT_IN_STEM.test(stem) || CREW_STEMS.has(stem) || WORD_WITH_DUI.test(stem)) return false;
  return !isPlaceName(stem) && !isCountryName(stem) && !/[省市县区国州]$/.test(stem);
}

/** A longer stem only after no Han character or a game's verb: after 将 or 在 it may hold the clause's verb (将|覆盖凯撒). */
const GAME_VERB_END = /[战阵胜败赢输克]/;
const opensAt = (text: string, s: number, len: number) =>
  s === 0 || !isHanAt(text, s - 1) || (len === 2 ? BEFORE_CLUB : GAME_VERB_END).test(text[s - 1]!);

export function sportsClubNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const found = new Map<number, number>();
  const listed: number[] = [];
  for (let k = text.indexOf("队"); k !== -1; k = text.indexOf("队", k + 1)) {
    // 队员, 队长, 队伍: the 队 opens another word
    if (/^[员长伍友列形医旗歌服徽史部]/.test(text[k + 1] ?? "")) continue;
    let s = -1;
    for (let len = 2; len <= 4 && k - len >= 0; len++) {
      if (!isHanAt(text, k - len)) break;
      if (opensAt(text, k - len, len)) {
        s = stemOk(text, k - len, k) ? k - len : -1;
        break;
      }
    }
    if (s === -1) {
      // the first of a list (覆盖|湖人队、勇士队): its two-character stem, if the next item is a club
      if (k >= 2 && isHanAt(text, k - 2) && stemOk(text, k - 2, k) && /[、和与及]/.test(text[k + 1] ?? "")) listed.push(k - 2);
      continue;
    }
    found.set(s, k + 1);
  }
  for (const s of listed) {
    if (found.has(s + 4)) found.set(s, s + 3);
  }
  const out: FoundName[] = [];
  for (const [s, e] of [...found].sort((a, b) => a[0] - b[0])) {
    if (overlapsAny(taken, s, e)) continue;
    const [ss, se] = articleSentenceSpan(t, s);
    if (!SPORTS_SENTENCE.test(text.slice(ss, se))) continue;
    out.push({ type: "company", name: text.slice(s, e), confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}

/**
 * Professional clubs are named by their city or province and a word of their own, with no suffix at all
 * (上海申花, 北京国安, 山东泰山, 成都蓉城): in a sentence about sport, a province or a major city and two
 * Han characters that open the clause or follow a joiner, a preposition or a game's verb, and that a
 * particle, a punctuation mark or a club's own word (主场, 主帅, 第…分钟) ends. The word must be no place,
 * no count and none of the sport's own common words (上海|德比, 北京|时间, 广州|球迷, 山东|男篮).
 */
const PLACE_CLUB = /(?:^|[^\u4e00-\u9fff]|[、和与及同跟对是为被等]|成为|战胜|击败|对阵|迎战|负于|不敌|逆转|力克|送给)([\u4e00-\u9fff]{2,3}?)([\u4e00-\u9fff]{2})(?=[的和与及、，。；：,;:！？!?）)”"]|之间|则|也|主场|客场|主帅|主教练|第\d|第[一二三四五六七八九十])/g;
/** The sport's own words after a place (上海|德比, 北京|时间, 广州|赛区, 山东|男篮): a side, an event or a time, not a club. */
const NOT_A_CLUB_WORD = /^(?:时间|德比|球迷|主场|客场|赛区|赛场|赛事|地区|本地|当地|方面|体育|足球|篮球|排球|男篮|女篮|男排|女排|男足|女足|球队|队伍|全队|市民|媒体|街头|冬奥|奥运|全运|站|高校|选手|队员|代表|籍|市场|警方|时代|省队|市队|城市|大学|赛区|球场|体育场|体育馆|一队|二队|青年|少年)$/;
const CLUB_WORD_STOP = /[两几多某\d省市县区州队的了是在和与等这那其该各每个们不为对从于被把也都将已会要]/;
/** A verb after the place (上海|宣布, 海口|结束, 北京|举行): the place is where something happens. */
const VERB_WORD = /^(?:宣布|结束|举行|召开|开幕|闭幕|落幕|进行|举办|表示|发布|出发|集结|集训|训练|比赛|夺冠|获胜|取胜|开赛|收官|启动|亮相|落户|出征|登场|上演|打响|首发|迎来|抵达|返回|归来)$/;

export function placeClubNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!SPORTS_SENTENCE.test(text)) return out;
  for (const m of text.matchAll(PLACE_CLUB)) {
    const place = m[1]!;
    const word = m[2]!;
    const s = m.index + m[0].length - place.length - word.length;
    const e = s + place.length + word.length;
    if (!isPlaceName(place) || isPlaceName(word) || isCountryName(word) || NOT_A_CLUB_WORD.test(word) || VERB_WORD.test(word) || CLUB_WORD_STOP.test(word) || CREW_STEMS.has(word)) continue;
    if (overlapsAny(taken, s, e)) continue;
    const name = place + word;
    // written elsewhere with 队 or 俱乐部 after it, the club is named there in full by the other readers
    if (text.includes(name + "队") || text.includes(name + "俱乐部")) continue;
    // the paragraph is about sport (a club's sponsor is often named in a sentence of its own about the deal)
    const ps = text.lastIndexOf("\n", s) + 1;
    const pe = text.indexOf("\n", e);
    if (!SPORTS_SENTENCE.test(text.slice(ps, pe === -1 ? text.length : pe))) continue;
    if (out.some((f) => f.name === name && f.at === s)) continue;
    out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
