/**
 * Character-context rules that separate a mention from a false friend: Latin aliases need word
 * boundaries; a two-character Chinese name needs a plausible neighbour on each side (方汉 is not
 * in 大方汉字, 周明 is not in 周明天); speech verbs and clause breaks for quotes and discovery.
 */

export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * isHan(text[i]) without the one-character string: text[i] of a Han character allocates one,
 * and the scans ask at nearly every position. Out of range reads NaN, which is no Han.
 */
export function isHanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * text[i - 1], undefined at the text's start. text[-1] is undefined too, but as a lookup of the
 * property "-1" it turns that read site megamorphic, and V8 then makes every later read there a
 * generic call instead of an inline character load.
 */
export function charBefore(text: string, i: number): string | undefined {
  return i > 0 ? text[i - 1] : undefined;
}

const isLetter = (ch: string | undefined) => {
  if (!ch) return false;
  const c = ch.charCodeAt(0) | 0x20;
  return c >= 0x61 && c <= 0x7a;
};
const isDigit = (ch: string | undefined) => {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
};

export function isAsciiAlnum(ch: string | undefined): boolean {
  return isLetter(ch) || isDigit(ch);
}

/** Latin ends need word boundaries: "Meta" not in "metadata"; digits may follow a name (GPT4, Claude3). */
export function latinBoundariesOk(text: string, start: number, end: number): boolean {
  if (isHanAt(text, start) && isHanAt(text, end - 1)) return true;
  const first = text[start];
  const last = text[end - 1];
  if (isAsciiAlnum(first) && isAsciiAlnum(charBefore(text, start))) return false;
  if (isLetter(last) && isLetter(text[end])) return false;
  if (isDigit(last) && isDigit(text[end])) return false;
  // "AI2" is not in "AI2.0"
  if (isDigit(last) && text[end] === "." && isDigit(text[end + 1])) return false;
  return true;
}

/** Characters that may stand right before a name: function words and the last characters of titles. */
const BEFORE_NAME = new Set(
  "和与及、对据被向跟让给是由称如像而但在从照问请找见令派任邀同将把为了说即兼长人裁席理师监授家者士员官总董事编生友君哥姐弟妹父母夫妻子女主".split(""),
);
/** Characters that may stand right after a name: speech verbs, particles, prepositions. */
const AFTER_NAME = new Set(
  "表认称说指告的在是也和与等曾将已对向就则还并透坦谈回发介解提接看强早近此今去从所都又再便却才于道以为被把跟同及、据曾更均亦仍会要能可坚直带领率日年月时先后".split(""),
);

export function nameLeftOk(text: string, start: number): boolean {
  const ch = text[start - 1];
  return !isHan(ch) || BEFORE_NAME.has(ch!);
}

export function nameRightOk(text: string, end: number): boolean {
  const ch = text[end];
  return !isHan(ch) || AFTER_NAME.has(ch!);
}

/** A facility, prize or institution named after a person follows (乔布斯|剧院, 图灵|奖): the name is part of that name. */
const NAMED_AFTER = /^(剧院|大厦|大楼|广场|纪念馆|故居|大街|奖|杯|讲座|中学|小学|大学|学院|医院|体育场|体育馆|公园|基金会|号)/;

export function namedAfterPerson(text: string, end: number): boolean {
  return NAMED_AFTER.test(text.slice(end, end + 3));
}

/** Verbs that mark what a person said (a quoted person is what the article is about). */
export const SPEECH_VERBS = ["表示", "认为", "指出", "称", "告诉", "说", "透露", "介绍", "坦言", "强调", "解释", "提到", "看来", "回应", "相信", "发现", "预测", "估计", "感叹", "感慨"];

export function speechFollows(text: string, end: number): boolean {
  let i = end;
  // allow a short adverb or interview phrase between name and verb (也/还/并/在会上/对记者)
  const tail = text.slice(i, i + 14);
  for (const v of SPEECH_VERBS) {
    const at = tail.indexOf(v);
    if (at === 0) return true;
    if (at > 0 && at <= 8 && !/[，。；！？,;!?]/.test(tail.slice(0, at))) return true;
  }
  return false;
}

/** Characters that end a clause: roles and names do not cross them. */
export const CLAUSE_BREAK = /[，。；：！？,;:!?“”"《》()（）\n【】]/;
const CLAUSE_BREAK_CHARS = new Uint8Array(65536);
for (const c of "，。；：！？,;:!?“”\"《》()（）\n【】") CLAUSE_BREAK_CHARS[c.charCodeAt(0)] = 1;
/** CLAUSE_BREAK for one character by a table read: scans that walk clause by clause test every character. */
export function isClauseBreak(ch: string | undefined): boolean {
  return ch !== undefined && CLAUSE_BREAK_CHARS[ch.charCodeAt(0)] === 1;
}
/** isClauseBreak(text[i]) without the one-character string (out of range: no break). */
export function isClauseBreakAt(text: string, i: number): boolean {
  return CLAUSE_BREAK_CHARS[text.charCodeAt(i)] === 1;
}
export const SENTENCE_BREAK = /[。！？!?；;\n]/;

const CLOSING_QUOTE = "”".charCodeAt(0);
/**
 * A closing quote at `i` that ends a quoted term, not a quoted sentence: “天才少年”|计划中 goes on
 * with the noun the term names; a quote closing speech ends in 。！？ (“……。”|张三说).
 */
export function termQuoteAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === CLOSING_QUOTE && !/[。！？!?…，,；;]/.test(text[i - 1] ?? "。");
}
