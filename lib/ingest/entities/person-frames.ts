/**
 * People introduced by their age (现年45岁的X, 今年62岁的X, 48岁的X): news gives a person's age, never an
 * organisation's or a word's, so the name after it is a person's when the surname table reads one
 * there and the clause goes on after it. Between the age and the name may stand where the person
 * comes from (X籍) and what they do, by a noun for common people (村民, 农民工, 司机).
 */
import { sentenceAt, type ArticleText } from "./article-text";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt, commonSurnameAt, isParty, verbStartsAt } from "./names";
import { isClauseBreakAt, isHanAt } from "./context";
import { containsAny, wordTable } from "./word-hits";

/** 岁, looked up in the shared pass over the article rather than scanned for. */
const AGE_WORD = wordTable(["岁"]);

const AGED = /(?:(?:现年|今年|年仅|已经|年近|年逾)\s?[\d０-９一二三四五六七八九十]{1,3}|(?<![\d０-９])[\d０-９]{2})(?:岁|周岁)(?:的|高龄的)(?:[\u4e00-\u9fff]{1,3}籍)?(?:[\u4e00-\u9fff]{0,4}?(?:农民工|村民|农民|工人|市民|居民|员工|职工|司机|老人|男子|女子|患者|病人|学生|教师|医生|护士|工程师|程序员|摄影师|创业者|店主|摊主|骑手|快递员|外卖员|飞手|乘客|游客|网友|老板))?/g;
/** What may follow such a name: a verb of being or doing, a break, or a preposition. */
const AFTER = /^(?:[，。；、是在曾已也还将从于对和与为因说称]|表示|认为|指出|介绍|透露|坦言|直言|出任|担任|毕业|拥有|创办|创立|加入)/;

export function agedNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!containsAny(text, AGE_WORD)) return out;
  for (const m of text.matchAll(AGED)) {
    const at = m.index + m[0].length;
    if (people.some((p) => p.start === at) || orgs.some((o) => o.start < at + 2 && o.end > at)) continue;
    const zh = chineseNameAt(text, at);
    if (!zh || !zh.strongSurname || isParty(zh.name) || zh.name.includes("某")) continue;
    // the clause goes on after the name, or after one more character when a verb-like stop cut it short (冉德|发是 → 冉德发|是)
    let end = zh.end;
    if (!AFTER.test(text.slice(end, end + 2))) {
      if (zh.name.length !== 2 || !isHanAt(text, end) || !AFTER.test(text.slice(end + 1, end + 3)) || AFTER.test(text[end]!)) continue;
      end++;
    }
    out.push({ type: "person", name: text.slice(at, end), confidence: 0.75, evidence: sentenceAt(t, at), at });
  }
  return out;
}

/**
 * A surname and a form of address opening a clause and speaking (覃总表示, 王董说, 李老师认为)
 * refers to someone the article named in full before: the one name of that surname read earlier,
 * closed by a verb or a mark, is a person's. Two such names, or a known person of that surname,
 * and nothing is taken (the form could be either's).
 */
const ADDRESSED_SPEAKS = /(?:总|董|老师)(?=(?:则|也|还|又)?(?:表示|说|称|认为|介绍|透露|坦言|指出|告诉|回忆|笑称))/g;
/** Every run ADDRESSED_SPEAKS reads (总表示, 董也说…), looked up in the shared pass over the article: most articles hold none. */
const ADDRESSED_SPEAKS_RUNS = wordTable(
  ["总", "董", "老师"].flatMap((a) => ["", "则", "也", "还", "又"].flatMap((adv) => ["表示", "说", "称", "认为", "介绍", "透露", "坦言", "指出", "告诉", "回忆", "笑称"].map((v) => a + adv + v))),
);

export function namesBehindSurnameAddress(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  const done = new Set<string>();
  for (const m of containsAny(text, ADDRESSED_SPEAKS_RUNS) ? text.matchAll(ADDRESSED_SPEAKS) : []) {
    const sAt = m.index - 1;
    if (sAt < 0 || !commonSurnameAt(text, sAt)) continue;
    const prev = text[sAt - 1];
    if (sAt > 0 && !isClauseBreakAt(text, sAt - 1) && prev !== "、" && isHanAt(text, sAt - 1)) continue;
    const surname = text[sAt]!;
    if (done.has(surname) || people.some((p) => text[p.start] === surname)) continue;
    done.add(surname);
    let found: { name: string; at: number } | null = null;
    let other = false;
    for (let i = text.indexOf(surname); i !== -1 && i < sAt; i = text.indexOf(surname, i + 1)) {
      const zh = chineseNameAt(text, i);
      if (!zh || !zh.strongSurname || zh.name.length < 2 || isParty(zh.name) || zh.name.includes("某")) continue;
      if (!(isClauseBreakAt(text, zh.end) || verbStartsAt(text, zh.end)) || orgs.some((o) => o.start < zh.end && o.end > i)) continue;
      if (found && found.name !== zh.name) other = true;
      found ??= { name: zh.name, at: i };
    }
    if (found && !other) out.push({ type: "person", name: found.name, confidence: 0.7, evidence: sentenceAt(t, found.at), at: found.at });
  }
  return out;
}
