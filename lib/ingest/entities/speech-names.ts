/**
 * People news quotes without a title, where something stands between the name and the verb:
 * 「X在发布会上表示」「X对记者说」「X博士表示」「在X看来」, and Latin full names quoted the same way
 * (Jack Clark说); and a clause about a person's job (王迪则负责…, 刘威离开腾讯后…). The name opens a clause, the surname table (or two capitalised words) vouches
 * for it, and the speech verb closes the shape; read once per clause start, not once per verb.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isClauseBreakAt, termQuoteAt } from "./context";
import { chineseNameAt, isParty, latinNameAt, transliteratedNameAt, verbStartsAt } from "./names";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { wordHits, wordTable } from "./word-hits";
import { bytePool, zeroedBytes } from "./zeroed-bytes";

const SPEECH = "(?:表示|说|称|透露|介绍|指出|强调|坦言|写道|回应|认为|直言|告诉|解释|补充|提到|谈到|坦承|感慨|笑称|提醒|呼吁)";
/**
 * What may stand between the name and the verb: a form of address, an adverb, a setting
 * (在发布会上, 在内部信中, 在接受…采访时) or an addressee (对记者, 向媒体).
 */
const ADDRESS = "(?:博士|教授|副教授|院士|研究员|先生|女士)";
const ADDRESS_NOW = new RegExp(`^${ADDRESS}`);
const ADVERB = "(?:也|还|则|更|又|就|曾|并|再次|随后|此前|同时|当时|近日|日前)?";
/**
 * Offices official news writes after the name, as a form of address (习近平总书记在…强调, 李强总理
 * 主持…): the office stands where a title would, so an act of office as well as speech closes the shape.
 */
const OFFICE = "(?:总书记|总理|副总理|国家主席|主席|副主席|委员长|总统|副总统|首相)";
const OFFICE_ACT = "(?:主持|出席|会见|考察|签署|部署|视察|致辞|讲话)";
const AFTER_NAME = new RegExp(
  `${OFFICE}${ADVERB}(?:在[^，。；：！？,;:!?\\n“”]{1,14}?(?:上|中|时|里))?(?:${SPEECH.slice(3, -1)}|${OFFICE_ACT.slice(3, -1)})|` +
  `${ADDRESS}?${ADVERB}` +
    "(?:在[^，。；：！？,;:!?\\n“”]{1,14}?(?:上|中|时|里)|对(?:记者|媒体|本报|笔者)|向(?:记者|媒体|本报|笔者)|[对向][^，。；：！？,;:!?\\n“”]{1,10}?(?:记者)?(?=表示|透露|介绍|坦言|说|称)|接受[^，。；：！？\\n]{1,12}?采访时)" +
    SPEECH +
    // or a form of address alone before the verb (夏宁邵教授透露)
    `|${ADDRESS}${ADVERB}${SPEECH}`,
  "y",
);
/** The other shape of a clause about a person: name + a personnel verb (王迪则负责…, 刘威离开腾讯后…, 张三出任…). */
/** …an adverb may stand before the tense (X也将调岗, X则已离职), and a move inside the company (调任, 调岗, 转岗) is a personnel verb too. */
const PERSONNEL_AFTER_NAME = /(?:也|还|则)?(?:则|也|还|将|已|曾|随后|此前|正式|(?:已|已经|将|曾)?于[^，。；：！？,;:!?\n“”]{1,8}?)?(?:负责|分管|主导|牵头|执掌|掌舵|出任|担任|接任|接替|接棒|升任|加盟|加入|离开|离职|卸任|离任|辞去|辞任|辞职|增持|减持|创立|创办|联合创立|调任|调岗|转岗|当选)/y;
/** A setting that is a company's voice, not a person's (X在公告中称: X is an organisation). */
const ORG_VOICE = /公告|财报|年报|声明|招股|官网|官方|通告|函|微博|公众号|报告/;
/** The other order: 在X看来 (in X's view). */
const IN_VIEW = /看来/y;
/** Capitalised words that make a Latin run an organisation or product, not a person (Google Cloud说). */
export const NOT_PERSON_WORD = /^(?:Cloud|Labs?|Inc|Tech|Group|Capital|Ventures|Research|Studio|Robotics|Systems|Software|Networks|Foundation|University|Institute|Partners|Media|Company|Corp|Health|Bank|Code|Pro|Max|Plus|Mini|Ultra|Team|Intelligence|Dynamics|Motors|Energy)$/;

function spanTaken(orgs: OrgSpan[], people: PersonSpan[], s: number, e: number): boolean {
  return orgs.some((o) => o.start < e && o.end > s) || people.some((p) => p.start < e && p.end > s);
}

/** A personnel verb right at `at` (…成员刘威|离开腾讯): what a weak title needs to introduce a name. */
export function personnelVerbAt(text: string, at: number): boolean {
  PERSONNEL_AFTER_NAME.lastIndex = at;
  return PERSONNEL_AFTER_NAME.test(text);
}

/** Every verb the shapes above end in: a clause start is read only when one follows in the same clause. */
const TRIGGERS = "总书记 总理 主席 委员长 总统 首相 表示 说 称 透露 介绍 指出 强调 坦言 写道 回应 认为 直言 告诉 解释 补充 提到 谈到 坦承 感慨 笑称 提醒 呼吁 看来 负责 分管 主导 牵头 执掌 掌舵 出任 担任 接任 接替 接棒 升任 加盟 加入 离开 离职 卸任 离任 创立 创办".split(" ");
/** Longest reach from a clause start to its verb: a name (≤4), a form of address, an adverb and a setting. */
const REACH = 28;

const TRIGGER_TABLE = wordTable(TRIGGERS);

function triggerPositions(text: string): number[] {
  return wordHits(text, TRIGGER_TABLE).map((h) => h.at);
}

const isHanCode = (code: number) => code >= 0x3400 && code <= 0x9fff;

const SPEECH_NOW = new RegExp(SPEECH, "y");
/** Last characters of two-character nouns for people that start with a surname character (车主, 华人, 路人, 房东): no name after a 的-clause. */
const PERSON_NOUN_END = /[主员民工者人家师生友客户方长官商农匠东属子]$/;
/** Last characters of a unit's name (杂志社, 研究所, 电视台) that a person's name may follow without a title. */
const UNIT_END = /^[社局院所厂台馆站处部]$/;
/** The next clause opens with 他/她 speaking (…，他说): the clause before was about a person. */
const PRONOUN_SPEAKS = new RegExp(`^[，,](?:他|她)(?:也|还|则|又|随即|当即)?${SPEECH}`);
/** The clause from `end` is short, runs to a comma, and the clause after it opens with 他/她 speaking. */
function pronounSpeaksNext(text: string, end: number): boolean {
  for (let i = end; i < end + 12 && i < text.length; i++) {
    if (text[i] === "，" || text[i] === ",") return PRONOUN_SPEAKS.test(text.slice(i, i + 8));
    if (isClauseBreakAt(text, i)) return false;
  }
  return false;
}
/** A speech verb right after the name, perhaps after an adverb (X也说, X表示). */
const SPEECH_RIGHT_AFTER = new RegExp(`(?:也|还|则)?${SPEECH}`, "y");

/**
 * A person's speech (in their own voice, not a company's: 在公告中称 is left out) or a personnel
 * verb right after a name that ends at `end` (X在判决书中写道, X也将调岗).
 */
export function speaksOrMovesAt(text: string, end: number): boolean {
  SPEECH_NOW.lastIndex = end;
  if (SPEECH_NOW.test(text)) return true;
  AFTER_NAME.lastIndex = end;
  const m = AFTER_NAME.exec(text);
  return (m !== null && !ORG_VOICE.test(m[0])) || personnelVerbAt(text, end);
}

/** A speech verb starts at `at`, right there or after a setting or an addressee. */
function speechAt(at: number, text: string): boolean {
  SPEECH_NOW.lastIndex = at;
  if (SPEECH_NOW.test(text)) return true;
  AFTER_NAME.lastIndex = at;
  return AFTER_NAME.test(text);
}

/** A middle dot soon after `s`: a transliterated name may start there (劳拉·G·夸特拉). */
function dotAhead(text: string, s: number): boolean {
  const end = Math.min(text.length, s + 7);
  for (let i = s + 1; i < end; i++) if (text.charCodeAt(i) === MIDDLE_DOT) return true;
  return false;
}
const MIDDLE_DOT = "·".charCodeAt(0);
const IDEOGRAPHIC_COMMA = "、".charCodeAt(0);
const SPACE = " ".charCodeAt(0);
const ZAI = "在".charCodeAt(0);
const DE = "的".charCodeAt(0);

/** namesBeforeSpeech's table of organisation ends, reused from article to article (./zeroed-bytes). */
const ORG_ENDS = bytePool();

export function namesBeforeSpeech(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  const triggers = triggerPositions(text);
  // where an organisation ends, by offset: asked at every position near a trigger, so no scan of the list each time
  const orgEnds = zeroedBytes(ORG_ENDS, text.length + 2);
  for (const o of orgs) orgEnds[o.end] = 1;
  let ti = 0;
  for (let s = 0; s < text.length && ti < triggers.length; s++) {
    while (ti < triggers.length && triggers[ti]! <= s) ti++;
    if (ti === triggers.length) break;
    const verbAt = triggers[ti]!;
    if (verbAt - s > REACH) {
      s = verbAt - REACH - 1;
      continue;
    }
    // the character before as a code: a one-character string per position was most of this scan's garbage
    const prev = text.charCodeAt(s - 1);
    const clauseStart = s === 0 || (isClauseBreakAt(text, s - 1) && !termQuoteAt(text, s - 1)) || prev === IDEOGRAPHIC_COMMA || prev === SPACE;
    const inView = prev === ZAI && (s < 2 || isClauseBreakAt(text, s - 2));
    // Hugging Face的|Thomas Wolf: an organisation's own person
    // …or right after it with a form of address before the verb (厦门大学|夏宁邵教授透露; not 京东|商城介绍)
    const glued = prev !== DE && orgEnds[s] === 1;
    const ofOrg = (prev === DE && s > 0 && orgEnds[s - 1] === 1) || glued;
    // 在信息中心工作了十二年的|X|说: a clause describing the person ends in 的, the name then speaks at once
    const described = prev === DE && !ofOrg && isHanCode(text.charCodeAt(s - 2));
    // 杂志社|X|给予否认，他说…: a unit's noun right before the name, the clause then handed to 他/她 speaking
    const afterUnit = !clauseStart && !ofOrg && UNIT_END.test(text[s - 1] ?? "");
    if (!clauseStart && !inView && !ofOrg && !described && !afterUnit) continue;
    const code = text.charCodeAt(s);
    // a transliterated name is read before a Chinese one: 劳拉 alone is no name when ·G·夸特拉 follows
    const translit = isHanCode(code) && dotAhead(text, s) ? transliteratedNameAt(text, s, (e) => speechAt(e, text)) : null;
    const zh = translit ? null : chineseNameAt(text, s);
    const latin = zh || translit || code < 65 || code > 90 ? null : latinNameAt(text, s);
    const hit = translit ? translit : zh && zh.strongSurname && !isParty(zh.name) ? { name: zh.name, end: zh.end } : latin && latin.name.includes(" ") && !latin.name.split(" ").some((w) => NOT_PERSON_WORD.test(w)) ? latin : null;
    if (!hit || spanTaken(orgs, people, s, hit.end)) continue;
    if (glued && !clauseStart && !ADDRESS_NOW.test(text.slice(hit.end, hit.end + 3))) continue;
    if (afterUnit || (clauseStart && zh)) {
      if (zh && verbStartsAt(text, hit.end) && pronounSpeaksNext(text, hit.end)) {
        out.push({ type: "person", name: hit.name, confidence: 0.7, evidence: sentenceAt(t, s), at: s });
        continue;
      }
      if (afterUnit) continue;
    }
    if (described && !clauseStart && !ofOrg) {
      SPEECH_RIGHT_AFTER.lastIndex = hit.end;
      if (zh && SPEECH_RIGHT_AFTER.test(text) && !(hit.name.length === 2 && PERSON_NOUN_END.test(hit.name))) out.push({ type: "person", name: hit.name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
      continue;
    }
    let quoted = false;
    if (inView) {
      IN_VIEW.lastIndex = hit.end;
      quoted = IN_VIEW.test(text);
    } else {
      AFTER_NAME.lastIndex = hit.end;
      const m = AFTER_NAME.exec(text);
      quoted = (m !== null && !ORG_VOICE.test(m[0])) || (translit !== null && speechAt(hit.end, text));
      if (!quoted && zh) quoted = personnelVerbAt(text, hit.end);
    }
    if (quoted) out.push({ type: "person", name: hit.name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
