/**
 * Reads people out of byline lines: 作者:X, 文|X, X/文, ■X, 记者 X、Y, 每经记者:X每经编辑:Y,
 * 本报记者X, 责任编辑:X. Names are 2–4 Han characters or a Latin name; lists split on 、,/ and spaces.
 */
import type { Byline } from "../types";
import { simplifiedLine as toSimplified } from "./simplified";
import { hasKnownSurname } from "../entities/names";
import { isByInPlaces, isMarkedAuthors, isWireCredits, nameOutletPost, parseByInPlaces, parseMarkedAuthors, parseWireCredits } from "./wire-credits";

type Role = keyof Byline;

const LABELS: { re: RegExp; role: Role }[] = [
  { re: /(?:责任编辑|责编|编辑|主编|编译)/, role: "editors" },
  { re: /(?:记者|通讯员|采写|采访|访谈|实习生|报道|报导)/, role: "reporters" },
  { re: /(?:作者|撰文|撰稿|主笔|口述|整理|分析师|研究员|文)/, role: "authors" },
];
// 撰文者, 撰稿人 (a Traditional page's and a magazine's word for the writer) are the writer's label whole.
// 主笔: a feature's lead writer, among its 策划 and 统筹 (who edit, not write).
// 文字：X: the text's writer among a school news page's 图片/审核 credits (a common word without its colon).
// 分析师：A B: a research report's writers. 访谈｜X: the interviewer of a Q&A (not its 嘉宾, who is
// interviewed).
// 文/图：X, 图/文：X: the writer who took the pictures too (a hospital's or a school's news credit).
// 原文｜X, 译文：X: the original's or the translation's field (a translated piece's credits), no writer's label.
// 报道：X, 报导：X: the reporter's field of a Malaysian or Singaporean paper's info row; only at the
// line's or a field's start before its colon (此前报道： and X报道： after a name are no such label).
const LABEL_RE = /((?<!\p{Script=Han})报[道导](?=\s*[:：])|文\s*[/／]\s*图|图\s*[/／]\s*文|责任编辑|责编|编辑|主编|编译|记者|通讯员|采写|采访|访谈|实习生|作者|撰文者|撰文|撰稿人|撰稿者|撰稿|主笔|口述|整理|分析师|研究员|文字|(?<![原译])文)\s*[:：|｜丨/／]?\s*/gu;
// Labels that are also common words count only before a separator: 文｜X, 文／X (a full-width slash), 整理：X (not 文章, 整理了,
// 分析师认为).
// 研究员：A,B: a research report's writers too (研究员表示 is a sentence).
const WEAK_LABEL = new Set(["文", "文字", "整理", "口述", "采访", "访谈", "分析师", "研究员"]);
// Words that end a name run on into a sentence: "本报记者沈春蕾据其在…演讲整理".
const NAME_END = /(据|根据|采写|整理|报道|发自|综合|编译|对|在|表示|指出|供稿)/u;
// A transliterated or minority name joins its Han parts with a middle dot (莉娜·陈, 阿依古丽·买买提).
const NAME = /^(?:\p{Script=Han}{2,4}|[A-Z][a-zA-Z.\- ]{1,30}|\p{Script=Han}{1,6}(?:[·・‧•]\p{Script=Han}{1,8}){1,3})$/u;
// 首发于, 更新于, 修改于: a time's label after the name's bar (文 ｜ X ｜ 首发于 2025-08-19), no name.
// A question word after the label is a headline about writers (自媒体作者怎么办), no name.
const NOT_NAMES = /^(来源|时间|日期|发布|首发|更新|修改|修订|阅读|浏览|本文|此页|本页|该页|页面|图片|编辑部|记者站|本报|特约|综合|整理|报道|网友|网络|佚名|未知|admin|匿名|所有|本人|授权|同意|联系|怎么|怎样|什么|如何|为何|为什么|哪些|哪里|多少)/i;

function roleOf(label: string): Role {
  return LABELS.find((l) => l.re.test(label))!.role;
}

// "财新 王晓一 刘笑然", "36氪 邱晓芬" after 文｜: the outlet's short name, a space, then its writers.
const OUTLET_THEN_NAMES = /^([\p{Script=Han}A-Za-z0-9]{2,12})\s+(\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,3})$/u;

// Words before a name that qualify the writer, not an outlet's name; a familiar name (老张, 小林)
// has no surname first and is still a person's.
const STAFF = /^(本报|本刊|本网|本台|特约|实习|见习|首席|资深|前方|随行|驻)/;
const NICKNAME = /^[老小阿]\p{Script=Han}{1,2}$/u;

/**
 * The outlet leading a field's names, when the first word cannot be a person's and every word
 * after it can: Han without a surname of the table (a writer's name has one), or Han mixed with
 * Latin letters or digits, as no name is.
 */
function leadingOutlet(segment: string): string | null {
  const m = segment.trim().match(OUTLET_THEN_NAMES);
  if (!m || NOT_NAMES.test(m[1]!) || STAFF.test(m[1]!) || NICKNAME.test(m[1]!)) return null;
  const names = m[2]!.split(/[\s、]+/);
  if (!names.every((n) => n.length <= 3 && hasKnownSurname(n) && !NOT_NAMES.test(n))) return null;
  const first = m[1]!;
  const mixed = /\p{Script=Han}/u.test(first) && /[A-Za-z0-9]/.test(first);
  const surnameless = /^\p{Script=Han}{2,4}$/u.test(first) && !hasKnownSurname(first);
  return mixed || surnameless ? first : null;
}

// "文/图：信息中心 X": the writer's office before the name (中心, 科, 处…) supplied the text; it is no outlet.
// A library or museum (图书馆, 博物馆) is one of its institution's offices as a 中心 is.
const OFFICE_END = /(?:中心|科|处|室|部|办|馆)$/u;
const OFFICE_THEN_NAMES = /^(\p{Script=Han}{3,8})\s+(\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,3})$/u;

function splitNames(segment: string, outletPrefix: string, outlets?: string[], barList = false): string[] {
  // "原作者: X|来自: Y": a bar closing the field (fields apart by bare bars) is no list of names.
  let s = segment.trim().replace(/\s*[|｜丨]+$/u, "");
  const outlet = leadingOutlet(s);
  if (outlet) {
    if (!OFFICE_END.test(outlet)) outlets?.push(outlet);
    s = s.slice(s.indexOf(outlet) + outlet.length);
  }
  // "文 | 钛媒体APP，作者 | X": the field names an outlet alone, Han run into Latin letters or digits as no name is.
  const lone = s.replace(/[，,、;；\s]+$/u, "").trim();
  if (outlets && /^\p{Script=Han}{2,8}[A-Za-z0-9]{2,6}$/u.test(lone) && !NOT_NAMES.test(lone)) {
    outlets.push(lone);
    return [];
  }
  const office = s.match(OFFICE_THEN_NAMES);
  if (office && OFFICE_END.test(office[1]!) && office[2]!.split(/[\s、]+/).every((n) => hasKnownSurname(n))) s = office[2]!;
  // "兰素英每经编辑": the next label repeats the outlet prefix of the first one.
  if (outletPrefix && s.endsWith(outletPrefix)) s = s.slice(0, -outletPrefix.length);
  const runOn = s.match(NAME_END);
  // "吳承翰／綜合報導": a full-width slash before the run-on word sets it apart as one does the half-width.
  if (runOn && runOn.index !== undefined && runOn.index >= 2 && !/[、,，/\s]/.test(s)) s = s.slice(0, runOn.index).replace(/[／╱]$/u, "");
  // "记者 张三摄", "（记者 张三 摄）": a photographer's credit, not the writer's.
  if (/摄影?$/.test(s.replace(/[\s)）\]】]+$/, ""))) return [];
  // "Dario Amodei": a Latin name keeps its spaces.
  if (/^[A-Za-z][A-Za-z.'\- ]+$/.test(s.trim())) return NAME.test(s.trim()) && !NOT_NAMES.test(s.trim()) ? [s.trim()] : [];
  // "莉娜·陈（Lina Chen）": the name's Latin form in brackets is a gloss, not a second name.
  s = s.replace(/[（(][A-Za-z][A-Za-z.'\- ]{1,40}[）)]/g, " ");
  // A two-character name spaced to the width of three (记者严 珑, 嚴　瓏) is one name.
  s = s.replace(SPACED_NAME, "$1$2");
  // Trailing place of reporting: "张三 北京报道" → 张三; "陈志豪／新竹报导" (a Traditional row's
  // 記者 X／place報導, one field among others) → 陈志豪.
  s = s.replace(/\s*(?:[／/╱]\s*)?\p{Script=Han}{0,4}(报道|报导|电|讯)$/u, "");
  // "作者：陆远｜沈星禾": after a colon's label, a field's names apart by a bar, when every part is a
  // name with a known surname. After a bar's label (作者｜X｜Y) the bars part fields, and the next
  // may be an account or a time's label (文｜X｜首发于…).
  const barred = barList ? s.trim().split(/\s*[|｜丨]\s*/) : [];
  if (barred.length > 1 && barred.every((n) => /^\p{Script=Han}{2,3}$/u.test(n) && hasKnownSurname(n) && !NOT_NAMES.test(n))) return barred;
  // "作者：X Y|<time>|来源：Z" (linked names in a row of spans apart by bars):
  // otherwise a colon label's names end at the field's first bar; what follows is the row's next
  // field (a time, an account, a channel), never more of this field's names. (After a bar's label,
  // 作者｜X｜Y, the bars part fields from the start and are left to the words below.)
  const firstBar = barList ? s.search(/[|｜丨]/u) : -1;
  if (firstBar > 0) s = s.slice(0, firstBar);
  return s
    // 和/及 join two names (张三和李四); at a name's end, with none after it, 和 is the name's (邵清和).
    .split(/[、,，/\s]+|(?:和|及)(?=\p{Script=Han})/u)
    .map((n) => n.trim().replace(/^[■□●◆▲【[(（]+|[】\])）]+$/g, ""))
    .filter((n) => NAME.test(n) && !NOT_NAMES.test(n));
}

const SPACED_NAME = /(?<![\p{Script=Han}])(\p{Script=Han})[\s\u3000]+(\p{Script=Han})(?![\p{Script=Han}])/gu;

const BYLINE_MAX = 60;
// A credit line (本文来自微信公众号X（ID：…），作者：Y，编译：Z，…经授权发布) runs longer.
const CREDIT_MAX = 120;
// 报道：X at a line's or a field's start (the label LABEL_RE reads there).
const REPORT_LABEL = /(?:^|[^\p{Script=Han}])[报報][道导導]\s*[:：]/u;
// Every byline has one of these (a label's first character in either script, a bullet or a slash).
const MAY_LABEL = /[编編记記通作撰口整文主责責采採■□●◆▲／/丨|｜原发發析研]/;

// "（本文仅代表作者观点）", "版权归作者所有": whose views or rights these are, which names no one
// unless the line credits the article too (本文来自…，作者：X).
const DISCLAIMER = /(?:仅|只|不|并不)代表|版权(?:归|所有)|侵权/;
// 本文系《X》原创稿件，作者：Y。: an outlet's own-piece sentence names the writer as a credit line does.
const CREDIT = /本文来自|本文转自|转载自|原文来自|文章来源于|授权(?:发布|转载)|本文(?:系|为|是)\S{2,20}?(?:原创|独家)/;

// "更新时间：…  发布时间：…  来源：X  作者：记者 Y 实习生 Z": a row of short fields apart by wide
// spaces runs longer than a byline when it holds two times, yet each field is as short as one.
// "更新时间：… | 发稿时间：… | 稿件来源：X | 记者：Y": spaced bars part such a row's fields as well.
// "2026-12-4 17:26| 发布者: admin| 查看: 2816|原作者: X|来自: Y": a forum portal's fields apart by bare bars.
const FIELD_GAP = /\s{2,}|\u3000+|\s*[|｜丨]\s*/u;
const ROW_FIELDS = 3;
const FIELD_MAX = 40;

function isFieldsRow(line: string): boolean {
  const fields = line.trim().split(FIELD_GAP);
  if (fields.length >= ROW_FIELDS && fields.every((f) => f.length <= FIELD_MAX) && fields.filter((f) => /[:：]/.test(f)).length >= ROW_FIELDS) return true;
  // "来源：X学院发布时间：2026-11-27 浏览次数：1452 文字：Y图片：Z": the fields of a row of spans run
  // together; each known label before its colon starts one.
  const glued = line.trim().split(GLUED_FIELD);
  return glued.length > ROW_FIELDS && glued.every((f) => f.length <= FIELD_MAX);
}
const GLUED_FIELD = /(?=(?:来源|发布时间|更新时间|时间|日期|浏览次数|浏览|点击|阅读|作者|文字|记者|编辑|责任编辑|图片|摄影|审核|校对)[:：])/u;

// A capitalised Latin name of two to four words.
const LATIN_NAME = "[A-Z][A-Za-z.'\\-]*(?:\\s[A-Z][A-Za-z.'\\-]*){1,3}";
// "By A and B / Mon DD, YYYY hh:mm PM / section": an English byline of
// capitalised names opening a row of fields, which runs longer than a byline alone.
const BY_FIELDS_ROW = new RegExp(`^\\s*[Bb][Yy]\\s+${LATIN_NAME}(?:\\s+(?:and|&)\\s+${LATIN_NAME})?\\s*[|｜/]\\s*\\S`);

/**
 * A line worth reading for names: short, and no sentence unless it is a credit (本文来自…，作者：X。). A line that ends sentences and mentions
 * 作者 is a disclaimer (版权归原作者所有。文章观点仅代表作者本人。), not a byline.
 */
export function isBylineShaped(line: string): boolean {
  if (isWireCredits(line) || isByInPlaces(line) || isMarkedAuthors(line) || nameOutletPost(line) !== null) return true;
  if (line.length <= CREDIT_MAX && BY_FIELDS_ROW.test(line) && !/[。！？]/.test(line)) return true;
  return (
    (line.length <= BYLINE_MAX || (line.length <= CREDIT_MAX && (CREDIT.test(line) || EN_FIELD_ANY.test(line) || BY_LIST.test(line) || isFieldsRow(line)))) &&
    (MAY_LABEL.test(line) || BY.test(line) || EN_FIELD_ANY.test(line) || REPORT_LABEL.test(line)) &&
    (!/[。！？]/.test(line) || CREDIT.test(line))
  );
}

/**
 * "作者 Author：First Last ｜ 翻译 Translator：X": a bilingual page glosses each label in English
 * before its colon. The gloss is no part of the label: read as words, it split an English name
 * and made the next label a name (翻译). Dropped, the row reads as 作者：X ｜ 翻译：Y.
 */
const LABEL_GLOSS = /(作者|撰文|文|记者|编辑|责编|责任编辑|翻译|译者|编译|校对|审校|摄影|来源|出品)\s+(?:authors?|writers?|written by|reporters?|editors?|edited by|translators?|translated by|translation|proofreaders?|photos?|photographers?|sources?|from|producers?)(?=\s*[:：])/gi;

/** Parses on the simplified form (labels are matched there) and reports names in the page's own script. */
export function parseByline(line: string, into: Byline, outlets?: string[]): void {
  const simplified = toSimplified(line);
  const found: Byline = { authors: [], reporters: [], editors: [] };
  const foundOutlets: string[] = [];
  parseSimplified(simplified.replace(LABEL_GLOSS, "$1"), found, foundOutlets);
  const original = (name: string) => {
    if (simplified.length !== line.length) return name;
    const at = simplified.indexOf(name);
    if (at !== -1) return line.slice(at, at + name.length);
    // a spaced name (嚴 瓏) was joined: find it with its space
    const spaced = new RegExp([...name].join("[\\s\\u3000]*"), "u").exec(simplified);
    return spaced ? line.slice(spaced.index, spaced.index + spaced[0].length).replace(/[\s\u3000]+/gu, "") : name;
  };
  for (const role of ["authors", "reporters", "editors"] as const) for (const n of found[role]) push(into[role], original(n));
  if (outlets) for (const n of foundOutlets) push(outlets, original(n));
}

// "邱俐颖／台北报导", "记者郑名娟／台北报导", "【中广新闻／陈奕华】": a name beside a place or an outlet.
// "欣传媒╱记者丁彦伶／台北报导 2012-01-12 12:01": the outlet may come first, the time last.
// "记者X／<place>报导 MM/DD/YYYY hh:mm": an overseas paper's date after it, month first with slashes.
// "2025-05-20 14:32 經濟日報／ 記者李孟珊／台北即時報導": the time may come first too, and the
// outlet may be spaced from 記者 rather than slashed (經濟日報 記者 X／台北即時報導).
const SLASH_REPORTER = /^\s*(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+)?[【[]?\s*(?:\p{Script=Han}{2,8}\s*[╱／/|｜]\s*|\p{Script=Han}{2,8}\s+(?=记者))?(?:记者)?\s*(\p{Script=Han}{2,4})\s*[／/╱]\s*\p{Script=Han}{1,6}(?:报导|报道)\s*[】\]]?\s*(?:(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}\/\d{1,2}\/(?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?\s*$/u;
const BRACKET_CREDIT = /^\s*[【[]\s*\p{Script=Han}{2,10}?\s*[／/]\s*(?:记者)?\s*(\p{Script=Han}{2,4})\s*[】\]]/u;

// "周雨桐/文", "罗嘉 许文涛／文", "宋雨｜文　李想｜编辑": the writer's names before the label, the label
// last in its field, after a slash or a bar.
const NAMES_THEN_WEN = /(?:^|[\s|｜丨])((?:\p{Script=Han}{2,4}[\s、]+){0,3}\p{Script=Han}{2,4})\s*[/／|｜丨]\s*文(?=[\s|｜丨]|$)/gu;

// "溪水 发自 凹凸寺": the writer reporting from a place; "原创 何西 硅谷前哨 2024年…": a WeChat
// post's writer before its account.
// "南都记者 冯群星 发自北京": the newsroom's label before the names is no name.
// The place may be followed by the post's other fields after a bar (X 发自 Y | 站名 | 公众号 ID).
const SENT_FROM = /^\s*(?:\p{Script=Han}{0,6}?记者\s*)?(\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4}){0,2})\s+发自\s*[^\s|｜丨]+\s*(?:[|｜丨].*)?$/u;
// "原创 量子位 量子位 2025年…": an account that signs as itself names no writer.
const WECHAT_WRITER = /^\s*原创\s+(\S{2,12})\s+(?!\1\s)\S{2,20}\s+(?:19|20)\d{2}[-年/.]/;

// "（实习生X对此文亦有贡献）": a helper's acknowledgement, not a credit of the article's writers.
const CONTRIBUTED = /对(?:此|本)文(?:亦|也)?有(?:所)?贡献/;

// "By 陈晨 | Mar 2, 2025", "By John Smith": an English byline's field, up to the next separator.
const BY = /^\s*by\s+([^|｜丨/,，;；]{2,40}?)\s*(?:[|｜丨/,，;；]|$)/i;
const BY_LIST = new RegExp(`^\\s*by\\s+(${LATIN_NAME}(?:\\s*,\\s*${LATIN_NAME})+\\s*,?\\s+(?:and|&)\\s+${LATIN_NAME})\\s*(?:[|｜丨/;；]|$)`, "i");
// "By Shirin Ghaffary, Katie Roof": a list with commas only, when every part is a name (else the
// part after the comma is the writer's title or outlet: By X, Staff Writer; By X, Associated Press).
const BY_COMMAS = new RegExp(`^\\s*by\\s+(${LATIN_NAME}(?:\\s*,\\s*${LATIN_NAME}){1,3})\\s*(?:[|｜丨/;；]|$)`, "i");
// An outlet's English name: a field of capitalised words ending in a newsroom's word (…Daily, …News, …Post).
const EN_OUTLET_FIELD = /^(?:[A-Z][A-Za-z&.'\-]*\s){1,4}(?:Daily|News|Times|Post|Journal|Weekly|Herald|Tribune|Gazette|Press|Wire|Agency)$/;
// A writer's title after a comma (By X, Staff Writer) is no second name.
const EN_ROLE = /\b(?:staff|writer|reporter|editor|correspondent|bureau|chief|contributor|columnist|news|times|post|daily|press|agency)\b/i;
// "Author: 马思远", "Source: Xinhua | 2025-10-09 | Editor: 李明": English field labels, each up to the next separator.
// A feed item saved as text names its writer in the element's name (dc:creator: 孟俊莲, author: X).
const EN_FIELD = /(?:^|[|｜丨]\s*)(authors?|writers?|reporters?|editors?|(?:dc:)?creator)\s*[:：]\s*([^|｜丨/,，;；:：]{2,40}?)\s*(?=[|｜丨/,，;；]|$)/gi;
// The same, asked once (no global state); English fields run longer than a Chinese byline does.
const EN_FIELD_ANY = new RegExp(EN_FIELD.source, "i");

/** `outlets` collects the outlet a writer's field names before the writers (文｜财新 X Y). */
function parseSimplified(line: string, into: Byline, outlets: string[]): void {
  if (CONTRIBUTED.test(line) || (DISCLAIMER.test(line) && !CREDIT.test(line))) return;
  if (parseWireCredits(line, into) || parseByInPlaces(line, into) || parseMarkedAuthors(line, into)) return;
  const posted = nameOutletPost(line);
  if (posted && /^[A-Z]/.test(posted.name) && /^[A-Z]/.test(posted.outlet)) {
    push(into.authors, posted.name);
    push(outlets, posted.outlet);
    return;
  }
  const sent = line.match(SENT_FROM) ?? line.match(WECHAT_WRITER);
  const sentNames = sent ? splitNames(sent[1]!, "") : [];
  if (sentNames.length > 0) {
    for (const name of sentNames) push(into.authors, name);
    return;
  }
  // "By Chen Jing, Liu Yang and Marcus Webb": a list of Latin names closed by and (By X, Reuters is no list).
  const byList = line.match(BY_LIST);
  if (byList) {
    const names = byList[1]!.split(/\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/).filter((n) => NAME.test(n) && !NOT_NAMES.test(n) && !EN_ROLE.test(n));
    for (const name of names) push(into.authors, name);
    if (names.length > 0) return;
  }
  const byCommas = line.match(BY_COMMAS);
  const commaNames = byCommas ? byCommas[1]!.split(/\s*,\s*/) : [];
  if (commaNames.length > 1 && commaNames.every((n) => NAME.test(n) && !NOT_NAMES.test(n) && !EN_ROLE.test(n))) {
    for (const name of commaNames) push(into.authors, name);
    return;
  }
  const by = line.match(BY);
  if (by) {
    const field = by[1]!.trim();
    // a Latin name keeps its spaces; Han names are a list; "By X and Y", "By X & Y" credits two
    const latin = /^[A-Za-z][A-Za-z.'\-& ]+$/.test(field) ? field.split(/\s+(?:and|&)\s+|\s*&\s*/) : null;
    const names = latin ? (latin.every((n) => NAME.test(n) && !NOT_NAMES.test(n)) ? latin : []) : splitNames(field, "");
    for (const name of names) push(into.authors, name);
    // By X | Outlet | Updated: …: a later field that is an outlet's English name is the publisher
    if (names.length > 0) {
      for (const f of line.split(/\s*[|｜丨]\s*/).slice(1)) {
        const field = f.trim();
        if (EN_OUTLET_FIELD.test(field)) push(outlets, field);
      }
      return;
    }
  }
  const english = [...line.matchAll(EN_FIELD)];
  for (const m of english) {
    const field = m[2]!.trim();
    const role: Role = /^editor/i.test(m[1]!) ? "editors" : /^reporter/i.test(m[1]!) ? "reporters" : "authors";
    const names = /^[A-Za-z][A-Za-z.'\- ]+$/.test(field) ? (NAME.test(field) && !NOT_NAMES.test(field) ? [field] : []) : splitNames(field, "");
    for (const name of names) push(into[role], name);
  }
  if (english.length > 0) return;
  for (const m of line.matchAll(NAMES_THEN_WEN)) for (const name of splitNames(m[1]!, "")) push(into.authors, name);
  const slash = line.match(SLASH_REPORTER) ?? line.match(BRACKET_CREDIT);
  if (slash && !NOT_NAMES.test(slash[1]!) && !/(报导|报道)$/.test(slash[1]!)) {
    push(into.reporters, slash[1]!);
    return;
  }
  // a date written day or month first with slashes (DD/MM/YYYY hh:mm) is cut out as the year-first one is
  const text = line.replace(/\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s*\d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}(\s*\d{1,2}:\d{2}(:\d{2})?)?/g, " ");
  // "□ 沈阳（清华大学教授）": a column's writer after the bullet, perhaps with the affiliation in brackets.
  const bullet = text.match(/^\s*[■□●◆▲]\s*(\p{Script=Han}{2,4})\s*(?:[（(][^（）()]{2,40}[）)])?\s*$/u);
  if (bullet) {
    push(into.authors, bullet[1]!);
    return;
  }
  const matches = [...text.matchAll(LABEL_RE)];
  // "文" alone is too common a character: only a label before | / : (or a space at the start of a line).
  const labels = matches.filter(
    (m) =>
      !POINTED_AT.test(text.slice(0, m.index)) &&
      (!WEAK_LABEL.has(m[1]!) || /[:：|｜丨/／]/.test(m[0]) || (/^[\s【[(（]*$/.test(text.slice(0, m.index)) && /\s$/.test(m[0]))),
  );
  // The outlet prefix of the first label (每经记者 → 每经), which later labels tend to repeat.
  const firstAt = labels[0]?.index ?? 0;
  const outletPrefix = text.slice(0, firstAt).match(/(\p{Script=Han}{1,4})$/u)?.[1] ?? "";
  labels.forEach((m, k) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = labels[k + 1]?.index ?? text.length;
    // Cut at the next field of a metadata line (来源:, 阅读:, a date).
    let raw = text.slice(start, end);
    // "研究实习生、工程实习生多个岗位": a role word with 、 right after it is one item of a list of
    // posts (a job advert's), no label: a credit's names follow its label, the list's comma follows them.
    if (raw.startsWith("、")) return;
    // "采写：南都记者 X": a run glued to the next label is that label's outlet prefix, no name.
    // Newsrooms prefix their reporters and editors, not their correspondents or interns: 记者X通讯员Y
    // and 记者X实习生Y (info spans run together) are two names.
    // A next label with its own colon (作者：X编辑：Y, 每经记者：X每经编辑：Y) is a field of spans run
    // together: the run before it is this field's name, less any repeated outlet prefix.
    const nextLabel = labels[k + 1];
    if (nextLabel && !UNPREFIXED.has(nextLabel[1]!) && !/[:：|｜丨]/.test(nextLabel[0]) && /^\p{Script=Han}{1,4}$/u.test(raw)) return;
    // 作者：张晓明（示例大学人工智能研究院） 李华（示例科技集团）: each writer's unit in brackets after
    // the name is a gloss; without it the bracket would end the field at the first name.
    raw = raw.replace(UNIT_AFTER_NAME, "$1$2");
    // A photographer's field (摄影 X, 摄像 X) is no writer's: the names stop there too.
    // So does a closing bracket or another field's label ([责任编辑：X] 标签：A B).
    const fields = raw.split(/\s{2,}/);
    let segment = fields[0]!.split(FIELD_END)[0] ?? "";
    // "记者：王希　韩洁": a wide space between two names of the field, not before the next field.
    // "文｜郭 丽　马 宁": the next name may be a two-character one padded with a space too.
    if (segment === fields[0]) for (const field of fields.slice(1)) {
      const more = field.replace(SPACED_NAME, "$1$2");
      if (!/^\p{Script=Han}{2,3}$/u.test(more) || !hasKnownSurname(more)) break;
      segment += ` ${more}`;
    }
    const role = roleOf(m[1]!);
    for (const piece of [segment, ...commaListed(segment === fields[0] ? "" : fields[0]!.slice(segment.length))]) {
      for (const name of splitNames(piece, outletPrefix, role === "editors" ? undefined : outlets, /[:：]/.test(m[0]))) push(into[role], name);
    }
  });
}

// The last word of a Latin organisation's name (a fund, a firm, a lab, a paper), never of a person's.
const LATIN_ORG_END = /\s(?:Ventures|Capital|Partners|Labs?|Research|Group|Holdings|Inc\.?|Ltd\.?|LLC|Corp\.?|Fund|Foundation|Institute|University|College|Media|News|Times|Post|Journal|Review|Magazine|Daily|Weekly|Network|Technologies|Securities|Bank)$/;

// A name listed after a comma: a Latin one of two to four words, or a Han one with a surname.
const LISTED_NAME = /^(?:[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){1,3}|\p{Script=Han}{2,3})$/u;

/**
 * "作者：Stephen Nellis，Krystal Hu": names joined by commas, nothing but names to the field's end,
 * are one field, though a comma ends a field otherwise (作者：X，编译：Y; 作者：X，经授权发布).
 * `rest` is what the field runs on past its cut; the names after its commas, or none.
 */
function commaListed(rest: string): string[] {
  if (!/^[,，]/.test(rest)) return [];
  const pieces = rest.slice(1).split(/[,，]/);
  const last = pieces.length - 1;
  // the last piece may run on into the line's next field (Krystal Hu 翻译：钱蓓): cut where the field ends
  pieces[last] = pieces[last]!.split(/\s{2,}|(?<![\p{Script=Han}])\p{Script=Han}{2,4}\s*[:：]|[(（。；;\]】]/u)[0]!;
  const names = pieces.map((p) => p.trim());
  // "原文作者：Ann Lee，North Star Ventures": the writer's firm after the names is an affiliation, no name.
  if (names.length > 0 && LATIN_ORG_END.test(names[last]!)) names.pop();
  const ok = names.every((n) => LISTED_NAME.test(n) && !NOT_NAMES.test(n) && (/^[A-Z]/.test(n) || hasKnownSurname(n)));
  return ok ? names : [];
}

const UNPREFIXED = new Set(["通讯员", "实习生"]);

// A name then its unit in brackets, at the field's start or after a list's separator (a space, 、 or a comma).
const UNIT_AFTER_NAME = /(^\s*|[\s、，,])(\p{Script=Han}{2,4})[（(][^（）()]{2,30}[）)]/gu;

// "只看该作者 | 倒序浏览": a role word pointed at by 该/此/其 (a forum's filter button) is no label;
// nor one a preposition makes the object of a button's verb (给作者留言, 向作者提问 in a toolbar).
const POINTED_AT = /[该此其给向]$/u;

// Where a field's names stop: the next field's label, a bracket or a comma, or a page control's
// word before a count, a colon, a space or its button's closing bracket (作者：X 评论（12） 收藏 分享;
// 记者 X 【打印】 【关闭】; not 特约评论员): counters and buttons share the line with the byline.
// A role that writes nothing (图/X, 审核/X, 校对｜X), labelled with a slash or a bar, ends the writer's field too;
// 图片：, 审核：, 校对： with their colon end it even glued to the name (文字：X图片：Y).
// The font-size buttons (大 中 小) end it too, with or without their label; so does the end of a
// sentence in a credit line (本文系X原创稿件，作者：Y。转载请注明出处。).
// A control's verb stays with its word (我要评论(18), 发表评论): 我要 is no second name.
// Any other label before a colon starts a field only where a run of Han starts: inside a run it
// would start in the name (作者：陈思远阅读：2816 cut at 思远阅读：), where the words above find the field;
// nor at the field's start, where a two-character name glued to a label would read as one (作者：何明审核：Y).
// A time's label in 于 (更新于, 首发于 before a date) ends it too: a meta row's spans run together
// (作者：X更新于 2026-12-01 首发于 …), and no name ends in 发布于 or 更新于.
const FIELD_END = /来源|阅读|浏览|时间|日期|摄影|摄像|(?:首发|发布|发表|更新|修改|修订)于(?=[\s:：\d]|$)|(?:图片|审核|审校|校对)\s*[:：]|(?<![\p{Script=Han}])(?:图|图片|摄|视频|审核|审校|终审|复审|初审|校对|设计|美编|排版|制图|剪辑|监制|策划|统筹)\s*[/／|｜丨:：]|(?:我要|我来|发表|参与|查看)?(?:评论|点赞|收藏|分享|转发|举报|关注|打印|关闭|纠错|字号|字体)(?=[\s(（\d:：\]】]|$)|[(（,，。；;\]】]|(?<!^|\p{Script=Han})\p{Script=Han}{2,4}\s*[:：]|[\s\u3000]大[\s\u3000]+中[\s\u3000]+小/u;

function push(list: string[], name: string): void {
  if (!list.includes(name)) list.push(name);
}
