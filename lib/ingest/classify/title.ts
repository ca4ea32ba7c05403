/**
 * Picks the title among the blocks before the body: a line of headline length that sits just
 * above the metadata/date line or the body, and whose words come back in the body.
 */
import { codeUnitPairs, unitPairKey } from "../../text/code-unit-pairs";
import { DATELINE_THEN_TI } from "../metadata/metadata-line";
import { ISSUE_LINE } from "../metadata/edition-masthead";
import { accountOverPostTime } from "../metadata/source";

export interface TitleCandidate {
  index: number;
  text: string;
  norm: string;
  length: number;
  /** Block is a heading element (HTML) — a strong hint. */
  heading: boolean;
}

const HAN_OR_WORD = /[^\p{Script=Han}a-z0-9]/gu;

function bigrams(text: string): Set<number> {
  return codeUnitPairs(text.replace(HAN_OR_WORD, ""));
}

/** The bigrams of `text` (as bigrams() reads it) that are in `asked`. */
function bigramsAmong(text: string, asked: Set<number>): Set<number> {
  const t = text.replace(HAN_OR_WORD, "");
  const found = new Set<number>();
  for (let i = 0; i + 1 < t.length; i++) {
    const g = unitPairKey(t.charCodeAt(i), t.charCodeAt(i + 1));
    if (asked.has(g)) found.add(g);
  }
  return found;
}

/** Share of the candidate's character bigrams (`grams`) that occur in the body. */
function agreement(grams: Set<number>, bodyBigrams: Set<number>): number {
  if (grams.size === 0) return 0;
  let hit = 0;
  for (const g of grams) if (bodyBigrams.has(g)) hit++;
  return hit / grams.size;
}

const MIN_SCORE = 1.5;
const SUBTITLE = /^\s*(?:——|—|--|－－)/;
// A series' kicker over its part's headline (“大模型下半场”系列报道之三, 系列评论②, 系列访谈（一）):
// it ends in the part's number and names the series, not this article.
const SERIES_KICKER = /系列(?:报道|评论|访谈|调查|观察|策划|文章|解读)?\s*(?:之\s*[一二三四五六七八九十\d]{1,3}|[①-⑳]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)])\s*$/u;

// "朝代：唐代", "体裁：五言": a short labelled field, no headline.
const SHORT_FIELD = /^\p{Script=Han}{2,4}[:：]\s*\S{1,6}$/u;
// A work's name set over its labelled fields (夜雨 / 朝代：唐代): a headline however short.
const WORK_NAME = /^\p{Script=Han}{2,4}$/u;

// "索引号：… 主题分类：…": a row of an information table, two labelled fields spaced apart on one line.
const FIELD_ROW = /^\p{Script=Han}[\p{Script=Han}\s]{1,5}[:：]\s*\S.*\s\p{Script=Han}[\p{Script=Han}\s]{1,5}[:：]/u;

/** Could the line be a headline at all: headline length, no full stop, no field label. */
function eligible(c: TitleCandidate, candidates: TitleCandidate[]): boolean {
  if (SHORT_FIELD.test(c.text.trim()) || FIELD_ROW.test(c.text.trim())) return false;
  if (c.length < 5 && WORK_NAME.test(c.text.trim())) {
    const next = candidates.find((o) => o.index === c.index + 1);
    return next !== undefined && SHORT_FIELD.test(next.text.trim());
  }
  if (c.length < 5 || c.length > 90) return false;
  if (/[。]$/.test(c.text)) return false;
  // The original headline of a re-titled story, a bare time, or a labelled field is not the title.
  // ——副标题 under a headline is the headline's second line, not the headline
  if (SUBTITLE.test(c.text) && candidates.some((o) => o.index === c.index - 1 && o.length >= 4 && !/[。]$/.test(o.text))) return false;
  if (SERIES_KICKER.test(c.norm)) return false;
  if (DATELINE_THEN_TI.test(c.norm)) return false;
  // a Q&A's guest and a mail's routing fields (嘉宾｜X, 发件人：X) are labelled fields too, and so are an
  // official document's information rows (发文字号：X, 索引号：X)
  return !/^[(（]?原标题|^[\d\s:：\-/.年月日今天昨天前小时分钟]+$|^(发布|时间|日期|来源|作者|编辑|记者|责编|浏览|阅读|(?:嘉宾|受访者|发件人|收件人|抄送)\s*[:：|｜丨]|(?:发\s*文\s*字\s*号|文\s*号|索\s*引\s*号|发文机关|发布机构|成文日期|主题分类)\s*[:：])/.test(c.norm);
}

/** A line under the headline that is its deck, not a second headline: both headline-sized. */
const DECK_MAX = 45;
// A publisher's name standing above the headline (示例科技报), or its issue's line (X周刊 第128期),
// is no headline, whatever it shares;
// nor is a breadcrumb (您现在：首页>科技) or a line an ad's tag opens (【广告】…).
const OUTLET_NAME = /(报|社|网|台|刊|新闻|频道|客户端|日报|周刊)$/;
// A column's tag, a bar, then the rest: 独家｜…, 封面报道｜…, 出海观察 | Going Global.
const COLUMN_BAR = /^\s*[^\s|｜丨]{2,6}\s*[|｜丨]\s*(\S.*)$/;
const NOT_A_HEADLINE = /[>＞»›]|^\S{0,6}[:：]|^[【[(（]\s*(广告|推广|ad|赞助)/i;

/** Lines under a question its tally may stand in (its counters, its buttons, the answers' count). */
const TALLY_REACH = 3;
// The counts a Q&A page prints under its question: followers, views, answers.
const QUESTION_TALLY = /^(?:关注者|关注|被浏览|浏览)\s*[\d,.]+\s*[万kK]?\s*(?:被浏览|浏览|个?回答)|^(?:查看全部\s*)?[\d,]+\s*个回答/u;
const QUESTION_END = /[?？]\s*$/;

/** A question with its tally (关注者 1,024 被浏览 356,720; 查看全部 86 个回答) within TALLY_REACH lines under it. */
function questionOverTally(picked: TitleCandidate, lineAt: (index: number) => string | undefined): boolean {
  if (!QUESTION_END.test(picked.text)) return false;
  for (let i = picked.index + 1; i <= picked.index + TALLY_REACH; i++) if (QUESTION_TALLY.test(lineAt(i) ?? "")) return true;
  return false;
}

/** Share of a headline a wrapped entry of a list may hold (一个人的模型评测实验 / 室). */
const ENTRY_SHARE = 0.8;

/** Another line before the body is the headline, or its start as a narrow cell wraps it: the page lists it as an entry. */
function listedElsewhere(line: TitleCandidate, picked: TitleCandidate, candidates: TitleCandidate[]): boolean {
  return candidates.some(
    (o) => o.index !== line.index && o.index !== picked.index && o.length >= Math.max(6, line.length * ENTRY_SHARE) && line.norm.startsWith(o.norm),
  );
}

/**
 * Two headline lines one above the other, right over the header's fields or the body: the first is
 * the headline and the second its deck (阿里云宣布降价 / 主力模型价格下调超八成). The deck often
 * shares more words with the body, so the score alone would pick it. The line above must be about
 * the article (a word in common with the body) and not a publisher's name.
 */
function headlineOverDeck(
  picked: TitleCandidate,
  candidates: TitleCandidate[],
  bodyGrams: Set<number>,
  gramsOf: (c: TitleCandidate) => Set<number>,
  lineAt: (index: number) => string | undefined,
): TitleCandidate {
  // A question over its tally is a Q&A page's question: its title, whatever stands above it (the
  // topics it is filed under).
  if (questionOverTally(picked, lineAt)) return picked;
  const above = candidates.find((o) => o.index === picked.index - 1);
  if (!above || !eligible(above, candidates) || above.length > DECK_MAX || picked.length > DECK_MAX || above.heading !== picked.heading) return picked;
  if (OUTLET_NAME.test(above.norm) || NOT_A_HEADLINE.test(above.norm) || ISSUE_LINE.test(above.norm) || agreement(gramsOf(above), bodyGrams) === 0) return picked;
  // An English headline stacked over a Chinese one (an international outlet's Chinese edition) is
  // its original, not a headline over a deck: the Chinese page's headline is the Chinese one.
  if (!/\p{Script=Han}/u.test(above.text) && /\p{Script=Han}/u.test(picked.text)) return picked;
  // a deck is no longer than twice its headline: a line over a long headline is the site's banner (X信息港X大全),
  // unless the page lists that line among its own entries (an issue's contents, a crumb), as it lists a headline
  if (picked.length > above.length * 2 && !listedElsewhere(above, picked, candidates)) return picked;
  // "封面报道｜大模型下半场" over "谁在为大模型的推理账单买单": a column's tag and its series' name, shorter
  // after the bar than the line under it, is the column's line; a tagged headline over its deck
  // (深度｜大模型公司的第二增长曲线 / 谁能跑通商业化) runs on longer than the deck.
  const tagged = above.text.match(COLUMN_BAR);
  if (tagged && tagged[1]!.trim().length < picked.length) return picked;
  return above;
}

// "目录" over the section headings it lists (a long post's table of contents, linked entries the dump
// prints as a list): the first section's heading then stands right over the body, where a headline stands.
const TOC_HEAD = /^(?:目录|本文目录|文章目录|目錄|contents|table of contents)$/i;
/** Lines a table of contents may list before the first section. */
const TOC_REACH = 30;

/** The lines listed under a 目录 line above the body, each with the first index it stands at. */
function tableOfContents(bodyStart: number, lineAt: (index: number) => string | undefined): { entries: Map<string, number> } | null {
  for (let i = 0; i < bodyStart; i++) {
    if (!TOC_HEAD.test(lineAt(i)?.trim() ?? "")) continue;
    const entries = new Map<string, number>();
    for (let j = i + 1; j < Math.min(bodyStart, i + 1 + TOC_REACH); j++) {
      const line = lineAt(j);
      if (line && !entries.has(line)) entries.set(line, j);
    }
    return { entries };
  }
  return null;
}

export function pickTitle(
  candidates: TitleCandidate[],
  // lineAt: any line of the page by its index (normalised), candidate or not (a metadata line's tally).
  opts: { bodyStart: number; metadataIndices: Set<number>; bodyNorm: string; lineAt?: (index: number) => string | undefined },
): TitleCandidate | null {
  // Each candidate's bigrams are built once: the deck check asks again for the line above the pick.
  const grams = new Map<TitleCandidate, Set<number>>();
  const gramsOf = (c: TitleCandidate) => {
    let g = grams.get(c);
    if (!g) grams.set(c, (g = bigrams(c.norm)));
    return g;
  };
  // The body's bigrams are only ever asked about those of eligible candidates (scored here and
  // in the deck check): the body is read for those alone, not gathered whole into a set.
  const asked = new Set<number>();
  for (const c of candidates) if (eligible(c, candidates)) for (const g of gramsOf(c)) asked.add(g);
  const bodyGrams = asked.size === 0 ? asked : bigramsAmong(opts.bodyNorm, asked);
  let best: { c: TitleCandidate; score: number } | null = null;
  const lineAt = opts.lineAt ?? ((i: number) => candidates.find((c) => c.index === i)?.norm);
  const toc = tableOfContents(opts.bodyStart, lineAt);
  for (const c of candidates) {
    if (!eligible(c, candidates)) continue;
    // a section's heading the table of contents listed above it is no headline
    if (toc !== null && (toc.entries.get(c.norm) ?? c.index) < c.index) continue;
    // a social post's account over its time line (X / 12-3 10:21 来自 iPhone) heads no headline
    if (accountOverPostTime(c.text, lineAt(c.index + 1))) continue;
    let score = 0;
    // A date/byline line right under a headline is the strongest structural signal.
    for (let k = 1; k <= 3; k++) if (opts.metadataIndices.has(c.index + k)) score += 3 / k;
    const distance = opts.bodyStart - c.index;
    score += distance <= 0 ? 0 : 2 / Math.sqrt(distance);
    score += 3 * agreement(gramsOf(c), bodyGrams);
    if (c.length >= 8 && c.length <= 45) score += 1;
    if (c.heading) score += 2;
    if (!best || score > best.score) best = { c, score };
  }
  return best && best.score >= MIN_SCORE ? headlineOverDeck(best.c, candidates, bodyGrams, gramsOf, opts.lineAt ?? ((i) => candidates.find((c) => c.index === i)?.norm)) : null;
}
