/**
 * Reading an unknown person's name from text: Chinese names validated by the surname table
 * (compound surnames first) with the length chosen by what follows; Latin names as runs of
 * capitalised words. Common words that start with a surname character are not names.
 */
import { z } from "zod";
import surnameData from "./gazetteer/surnames.json";
import commonWordData from "./gazetteer/common-words.json";
import { isHan, isHanAt } from "./context";
import { TITLES, titleEndingAt } from "./titles";
import { yuIsPreposition } from "./yu-preposition";

/** Titles by their first character: verbStartsAt asks this for every name candidate, so one map read replaces a scan of all titles. */
const titlesByFirst = onFirstUse(() => {
  const m = new Map<number, string[]>();
  for (const t of TITLES) {
    const list = m.get(t.charCodeAt(0));
    if (list) list.push(t);
    else m.set(t.charCodeAt(0), [t]);
  }
  return m;
});

/** A job title starts at `at` (陆林|教授): a name before it ends there. */
export function titleStartsAt(text: string, at: number): boolean {
  const list = titlesByFirst().get(text.charCodeAt(at));
  if (list === undefined) return false;
  // a loop, not list.some with a closure: this is asked at nearly every name's end, and the
  // closure made each call allocate a scope for text and at
  for (let k = 0; k < list.length; k++) if (text.startsWith(list[k]!, at)) return true;
  return false;
}

/** Every title as a word: a name candidate that is one (董秘 read as 董 + 秘) is no name. */
const titleWords = onFirstUse(() => new Set(TITLES));

/** A province's, city's, county's or district's party committee inside a reading (江苏省委, 温州市委). */
const PARTY_COMMITTEE = /[省市县区州]委/;

const ZHI = "之".charCodeAt(0);
const YU = "于".charCodeAt(0);
const TAN = "谈".charCodeAt(0);
const NV = "女".charCodeAt(0);
const SHI = "士".charCodeAt(0);
const XIAN = "先".charCodeAt(0);
const SHENG = "生".charCodeAt(0);
/** 女士 or 先生 starts at `at`: a form of address after the name, not its last character (张三|女士, not 张三女|士). */
const addressAt = (text: string, at: number) => {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  return (a === NV && b === SHI) || (a === XIAN && b === SHENG);
};
/** Two-character speech verbs (not 说 or 称 alone: 有X之称, X之说 are idioms) that may follow a name ending in 之. */
const SPEECH_AFTER_ZHI = new Set(["表示", "认为", "指出", "介绍", "告诉", "解释", "提到", "看来", "说道", "称赞"]);
function verbAfterZhi(text: string, at: number): boolean {
  const w = text.slice(at, at + 2);
  return SPEECH_AFTER_ZHI.has(w) || nameWords().verbsAfter.has(w);
}

/** Stops that are adverbs: they open a predicate, so punctuation never comes right after them. */
const ADVERB_STOP = new Set("则曾亦更均仍先再".split(""));
/** Marks that end a list item or a clause. */
const MARK_AFTER_NAME = /^[、，。；：,;:]$/;

const HE = "和".charCodeAt(0);
/**
 * 和 ends given names too (晏清和, 张太和), but is mostly a joiner: taken only when what follows cannot
 * be a joined noun — a speech verb, 在 opening where the person spoke (在内部信中, 在接受采访时), a
 * post the name is given or held (任命X为首席科学家, X此前是…).
 */
const AFTER_NAME_IN_HE = /^(?:表示|认为|指出|介绍|告诉|解释|提到|说道|透露|坦言|强调|称赞|此前是|此前为|现为|现任|在(?:接受|内部|朋友圈|会上|大会|发布会|演讲|致辞|采访|微博|社交|公开|年会|论坛|活动上|会议上|电话会|业绩会|声明)|为(?:公司|该公司)?[^，。；、]{0,8}?(?:官|科学家|总裁|经理|总监|董事|主席|负责人|教授|院长|顾问|合伙人|秘书))/;
/**
 * What a joining 和 never stands before, as it joins two nouns: a mark (孙和、X), a particle or
 * preposition (的, 与, 因), an adverb opening a predicate (也, 则, 均, 将…), a speech or personnel
 * verb (说, 宣布, 主持, 担任…) or 在 opening where the person spoke (在主旨演讲中说). There 和 is
 * the name's last character (柳春和、, 贺永和的加入, 金和因年龄原因, 冯和主持). Nouns that open
 * with such a verb (主持人, 将军, 还有) stay a joiner's object.
 */
const CLOSES_AFTER_HE = /^(?:[、，。；：,;:]|的|与|因|说|称(?![号作为])|也|则|均|曾|已|将(?![军领士来])|并(?!且)|还(?![有是])|此前|宣布|主持(?!人)|担任|出任|接任|卸任|辞去|致辞|发言(?!人)|回应|谈到|在[^，。；、]{1,10}?[中时上](?:说|表示|指出|强调|介绍|透露|称))/;
/** Words ending in 和 that begin with a surname character (温和, 平和, 随和): a word, not a one-character given name. */
const HE_WORDS = new Set(["平和", "温和", "随和", "中和", "应和", "共和", "调和", "总和", "谦和", "祥和", "融和", "柔和", "饱和", "缓和", "附和", "违和", "不和", "和和", "人和", "太和", "保和", "暖和"]);

const SurnameFile = z.object({ compound: z.array(z.string().length(2)), japanese: z.array(z.string().length(2)), common: z.array(z.string().length(1)), weak: z.array(z.string().length(1)) });

/** The value of `build`, computed on first use, not at import: start-up stays cheap for code that never reads a name. */
function onFirstUse<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const surnameSets = onFirstUse(() => {
  const f = SurnameFile.parse(surnameData);
  // two-character Japanese family names read as compound surnames do (田中|秀树, 铃木|健吾): the given name after them has one or two characters too
  return { compound: new Set([...f.compound, ...f.japanese]), common: new Set(f.common), weak: new Set(f.weak) };
});

/** Characters that follow a 2-character name much more often than they end a 3-character one. */
/** …再 (X再次…) and 因 (X因个人原因辞任, X因任期届满…) too: a name reads to its left, 范再舟 stays whole where the next character is no stop. */
const NAME_STOP = new Set("并也还则就又曾在对向称说表认指告的等是将已透坦谈回发介解提接据和与及、都被把跟同从于以为会要能更均亦仍先近今此看摄听问答笑再因".split(""));
/** NAME_STOP and NOT_IN_NAME by code unit: read at every name candidate without a one-character string. */
const codeTable = (chars: Iterable<string>) => {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
};
const NAME_STOP_CODE = codeTable(NAME_STOP);
const LIST_MARK = "、".charCodeAt(0);
/** Characters that do not occur inside personal names (function words, measure words, verbs). */
/** (再 is not here: it stands inside given names, 范再舟, and ends a name as a stop, X再次…) */
const NOT_IN_NAME = new Set("的了是在和与或及等也都就这那其该各每个们不没有为对从于把被让给向将已说称表认指告示为以所而且但并还又之上下外前后内".split(""));
const NOT_IN_NAME_CODE = codeTable(NOT_IN_NAME);
const WordsFile = z.object({ notName: z.array(z.string().min(2)), verbsAfterName: z.object({ words: z.array(z.string().length(2)) }) });

interface NameWords {
  /** Common words that begin with a surname character: never names (马上, 王者). */
  notName: Set<string>;
  /** Two-character verbs that end a name where they start (谭待|重申, 蒋杰|离任). */
  verbsAfter: Set<string>;
}

const nameWords = onFirstUse((): NameWords => {
  const f = WordsFile.parse(commonWordData);
  return { notName: new Set(f.notName), verbsAfter: new Set(f.verbsAfterName.words) };
});

export function isCommonWord(word: string): boolean {
  return nameWords().notName.has(word);
}

/** The name stands again elsewhere in the text (not at `at`), with a verb right after it (…寇兴斌表示). */
export function namedAgain(text: string, name: string, at: number): boolean {
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + name.length)) {
    if (i !== at && verbStartsAt(text, i + name.length)) return true;
  }
  return false;
}

/** A verb or verb phrase starts at `at` (说, 表示, 重申, 离任…): a name before it ends there. */
export function verbStartsAt(text: string, at: number): boolean {
  if (!isHanAt(text, at)) return true;
  return NAME_STOP_CODE[text.charCodeAt(at)] === 1 || nameWords().verbsAfter.has(text.slice(at, at + 2)) || titleStartsAt(text, at);
}

/** A two-character word news puts right after a name starts at `at` (主持, 发布, 出席, 目前…), not a one-character stop. */
export function nameVerbAt(text: string, at: number): boolean {
  return nameWords().verbsAfter.has(text.slice(at, at + 2));
}

/** Who a 向/对/跟 phrase addresses (人士|向记者|透露, 对媒体表示): a preposition and a noun, not 向 + a given name. */
const ADDRESSEE = /^(记者|媒体|外界|笔者|公众|读者|观众|网友)$/;

/** A surname with a form of address (付小姐, 冯警官, 张老师) refers to someone without naming them. */
const HONORIFIC = /^(小姐|先生|女士|老师|警官|师傅|阿姨|大爷|大妈|同学|医生|律师|总|董)$/;

export interface NameCandidate {
  name: string;
  end: number;
  /** The surname is common (not a frequent word too). */
  strongSurname: boolean;
}

/**
 * Surnames by code unit: COMPOUND_FIRST where a compound surname may start (the two-character
 * slice is cut only there), COMMON or WEAK for a one-character surname (common wins, as the sets
 * are asked in that order). No one-character string per candidate.
 */
const COMPOUND_FIRST = 1;
const COMMON_SURNAME = 2;
const WEAK_SURNAME = 4;
/** Compound surnames as two code units in one number: frequent first characters (中, 大, 高) ask this with no slice cut. */
const compoundPairs = onFirstUse(() => new Set([...surnameSets().compound].map((c) => c.charCodeAt(0) * 65536 + c.charCodeAt(1))));
const surnameCodes = onFirstUse(() => {
  const { compound, common, weak } = surnameSets();
  const codes = new Uint8Array(65536);
  for (const c of compound) codes[c.charCodeAt(0)]! |= COMPOUND_FIRST;
  for (const c of weak) codes[c.charCodeAt(0)]! |= WEAK_SURNAME;
  for (const c of common) codes[c.charCodeAt(0)]! |= COMMON_SURNAME;
  return codes;
});

/** A given-name character: Han, and no function word. */
const givenChar = (text: string, i: number) => isHanAt(text, i) && NOT_IN_NAME_CODE[text.charCodeAt(i)] === 0;

/**
 * A Chinese name starting at `start` in simplified text, or null. Asked at nearly every clause
 * start and list item, so the readings are kept as offsets and only the one picked becomes a
 * string and an object.
 */
export function chineseNameAt(text: string, start: number): NameCandidate | null {
  // in range only: a NaN index (past the end) would turn this read megamorphic for every later call
  const code = start >= 0 && start < text.length ? surnameCodes()[text.charCodeAt(start)]! : 0;
  if (code === 0) return null;
  let surnameLen = 0;
  let strong = false;
  if ((code & COMPOUND_FIRST) !== 0 && compoundPairs().has(text.charCodeAt(start) * 65536 + text.charCodeAt(start + 1))) {
    // the first character closes a title before it (董事长|孙X, not 董事|长孙X): the name starts after it
    if (start > 0 && titleEndingAt(text, start + 1) !== null) return null;
    surnameLen = 2;
    strong = true;
  } else if ((code & COMMON_SURNAME) !== 0) {
    surnameLen = 1;
    strong = true;
  } else if ((code & WEAK_SURNAME) !== 0) {
    surnameLen = 1;
  } else return null;
  // the one- and two-character given names, as ends (-1: that reading does not fit)
  const g = start + surnameLen;
  // 于 before a time, a place or a scene is the preposition (记者于昨日致电): no name
  if (text.charCodeAt(start) === YU && yuIsPreposition(text, g)) return null;
  const shortEnd = g + 1 <= text.length && givenChar(text, g) ? g + 1 : -1;
  const longEnd = shortEnd !== -1 && g + 2 <= text.length && givenChar(text, g + 1) ? g + 2 : -1;
  if (shortEnd === -1) {
    const c = text.charCodeAt(g);
    return c === ZHI ? zhiGivenName(text, start, g, strong) : c === HE ? heGivenName(text, start, g, strong) : yiGivenName(text, start, g, strong);
  }
  let pickEnd: number;
  let byContext = true;
  // 之 is a function word but ends given names too (詹牧之, 王羲之): taken when a speech verb follows it
  if (longEnd !== -1 && addressAt(text, shortEnd)) pickEnd = shortEnd;
  // …or, after a common surname, an adverb opening the predicate, a title or a form of address (韦守之|也参加了, 骆守之|研究员)
  else if (longEnd === -1 && text.charCodeAt(g + 1) === ZHI && (verbAfterZhi(text, g + 2) || (strong && zhiEndsName(text, g + 2)))) pickEnd = g + 2;
  else if (longEnd === -1 && text.charCodeAt(g + 1) === HE && heClosesAt(text, g + 2)) pickEnd = g + 2;
  // a title right after the longer reading (袁道先|教授) outweighs a one-character stop after the shorter (先)
  else if (longEnd !== -1 && titleStartsAt(text, longEnd) && !nameWords().verbsAfter.has(text.slice(shortEnd, shortEnd + 2)) && !titleStartsAt(text, shortEnd)) pickEnd = longEnd;
  // an adverb before a predicate (则, 曾, 亦…) never stands right before a mark: there it is the name's last character (X正则、Y)
  else if (longEnd !== -1 && ADVERB_STOP.has(text[shortEnd]!) && MARK_AFTER_NAME.test(text[longEnd] ?? "")) pickEnd = longEnd;
  // …and a one-character verb right before a list's 、 (X发、Y) is no predicate either: the name ends with it (朱秉发、)
  else if (longEnd !== -1 && text.charCodeAt(longEnd) === LIST_MARK && NAME_STOP_CODE[text.charCodeAt(shortEnd)] === 1) pickEnd = longEnd;
  else if (verbStartsAt(text, shortEnd)) pickEnd = shortEnd;
  else if (longEnd !== -1 && verbStartsAt(text, longEnd)) pickEnd = longEnd;
  else if (marriedNameEnd(text, g, surnameLen, strong, longEnd)) pickEnd = longEnd + 1;
  else {
    pickEnd = longEnd !== -1 ? longEnd : shortEnd;
    byContext = false;
  }
  // a surname and then a title is a form of address (王院长) or a verb and its office (副市长|任组长): no name
  if (titleStartsAt(text, g)) return null;
  const name = text.slice(start, pickEnd);
  // a place's party committee (江苏省委|书记X: 江 and 苏 both surnames) is no name
  if (PARTY_COMMITTEE.test(name)) return null;
  // …and a title that begins with a surname character (董秘, 董事长) is the title, not a name
  if (titleWords().has(name)) return null;
  if (isCommonWord(name) || HONORIFIC.test(name.slice(surnameLen)) || ADDRESSEE.test(name.slice(surnameLen))) return null;
  // when nothing after the name settled its length, a common word at its start means it is no name (王者荣耀)
  if (!byContext && isCommonWord(name.slice(0, 2))) return null;
  // …and 谈 there is the verb of a headline's "X谈Y" (联合创始人|谈具身智能的…): a 谈 surname needs a verb or mark after the name
  if (!byContext && text.charCodeAt(start) === TAN) return null;
  if (text[pickEnd] === "们") return null;
  return { name, end: pickEnd, strongSurname: strong };
}

/**
 * A married woman's name keeps her husband's surname before her own (陈冯富珍, 范徐丽泰): two common
 * surnames and a two-character given name. Read only when the three-character reading ends on
 * nothing a name ends before and the four-character one does (陈冯富|珍表示 → 陈冯富珍|表示).
 */
function marriedNameEnd(text: string, g: number, surnameLen: number, strong: boolean, longEnd: number): boolean {
  if (surnameLen !== 1 || !strong || longEnd === -1) return false;
  if ((surnameCodes()[text.charCodeAt(g)]! & COMMON_SURNAME) === 0) return false;
  return givenChar(text, longEnd) && verbStartsAt(text, longEnd + 1);
}

/** After a word that is also a name: an adverb perhaps, then a speech verb (X则称, X表示). */
const SPEECH_AFTER_WORD = /^(?:则|也|还|亦)?(?:称|表示|认为|指出|透露|介绍|坦言|强调)/;

/**
 * A two-character common word that is also a name (周围), read only where a title stands before
 * it and speech follows (副总裁|周围|则称): a common surname, the word, an adverb and a speech verb.
 * The caller asks for an organisation holding the title too.
 */
export function commonWordNameAt(text: string, start: number): NameCandidate | null {
  const word = text.slice(start, start + 2);
  if (!isCommonWord(word) || (surnameCodes()[text.charCodeAt(start)]! & COMMON_SURNAME) === 0) return null;
  if (!SPEECH_AFTER_WORD.test(text.slice(start + 2, start + 6))) return null;
  return { name: word, end: start + 2, strongSurname: true };
}

/** A surname character and 方 (韩方, 巴方, 欧方): a side in talks or a deal, which a verb after it does not make a name. */
export function isParty(name: string): boolean {
  return name.length === 2 && name[1] === "方";
}

/** 和 closes a name at `at`'s left: what follows cannot be the second noun of a joining 和. */
function heClosesAt(text: string, at: number): boolean {
  const after = text.slice(at, at + 16);
  return AFTER_NAME_IN_HE.test(after) || CLOSES_AFTER_HE.test(after) || at >= text.length;
}

/**
 * 和 as a given name's first or only character (孙和, 严和; 汪和平, 于和畅), though it is mostly a
 * joiner (汪和李, 维护和平). The name alone (surname + 和) where what follows cannot be joined
 * (孙和、, 金和因…, 万和与…) and the surname and 和 are no word (平和, 温和); 和 and one more
 * character after a common surname only, where a verb, title or mark ends the three and that
 * character is no common surname (张和李表示 joins two people).
 */
function heGivenName(text: string, start: number, g: number, strong: boolean): NameCandidate | null {
  const alone = text.slice(start, g + 1);
  if (g - start === 1 && !HE_WORDS.has(alone) && heClosesAt(text, g + 1)) return { name: alone, end: g + 1, strongSurname: strong };
  if (!strong || !givenChar(text, g + 1) || commonSurnameAt(text, g + 1)) return null;
  const end = g + 2;
  if (!(verbStartsAt(text, end) || addressAt(text, end)) || !isHanAt(text, end - 1)) return null;
  if (text.charCodeAt(end) === HE) return null;
  const name = text.slice(start, end);
  return isCommonWord(name) || titleWords().has(name) ? null : { name, end, strongSurname: true };
}

/** After 以, a character that makes a word of it (以来, 以上, 以及, 以此…), not a given name. */
const YI_WORD_NEXT = "来上下及后前为此免便外内往致至期求备防示便";

/**
 * 以 opens given names (庄以宁, 李以琳) though it is a function word: a common surname, 以 and one
 * more character, with a verb, title or punctuation right after, and 以 not starting a word there.
 */
function yiGivenName(text: string, start: number, g: number, strong: boolean): NameCandidate | null {
  if (!strong || text[g] !== "以" || !givenChar(text, g + 1) || YI_WORD_NEXT.includes(text[g + 1]!)) return null;
  const end = g + 2;
  if (!verbStartsAt(text, end) || !isHanAt(text, end - 1)) return null;
  const name = text.slice(start, end);
  return isCommonWord(name) ? null : { name, end, strongSurname: true };
}

/** After 之, characters that make a phrase of it (之间, 之内, 之一, 之际), not a given name. */
const ZHI_WORD_NEXT = "间内外中后前上下一二三际类余首最所以时日年处乎者";
/** Adverbs that open a predicate: after a surname, a character and 之, they close the name there (韦守之|也参加了). */
const ZHI_END_NEXT = new Set("也还则曾亦均仍再已将".split(""));
function zhiEndsName(text: string, at: number): boolean {
  return ZHI_END_NEXT.has(text[at] ?? "") || titleStartsAt(text, at) || addressAt(text, at);
}

/**
 * 之 as the first character of a given name (骆之衡, 佘之祥): after a common surname only, and only
 * where a verb, a title, a form of address or a mark ends the three characters (佘之祥|研究员, 骆之衡|说).
 */
function zhiGivenName(text: string, start: number, g: number, strong: boolean): NameCandidate | null {
  if (!strong || !givenChar(text, g + 1) || ZHI_WORD_NEXT.includes(text[g + 1]!)) return null;
  const end = g + 2;
  if (!(verbStartsAt(text, end) || addressAt(text, end)) || !isHanAt(text, end - 1)) return null;
  const name = text.slice(start, end);
  return isCommonWord(name) ? null : { name, end, strongSurname: true };
}

/**
 * Can a Han string of 2–4 characters be a personal name by its surname? A given name has one or
 * two characters, so a four-character name starts with a compound surname (欧阳娜娜) or two
 * surnames (陈方安生); "智能涌现" (an account's name) does neither.
 */
export function hasSurnameShape(name: string): boolean {
  const { compound, common, weak } = surnameSets();
  if (name.length !== 4) return true;
  const single = (c: string) => common.has(c) || weak.has(c);
  return compound.has(name.slice(0, 2)) || (single(name[0]!) && single(name[1]!));
}

/** A common one-character surname stands at `at` (not a weak one, which is a frequent word too). */
export function commonSurnameAt(text: string, at: number): boolean {
  // in range only: a NaN index would turn the read megamorphic (see chineseNameAt)
  return at >= 0 && at < text.length && (surnameCodes()[text.charCodeAt(at)]! & COMMON_SURNAME) !== 0;
}

/** Does a Han name start with a surname of the table (compound, common or weak)? */
export function hasKnownSurname(name: string): boolean {
  const { compound, common, weak } = surnameSets();
  return compound.has(name.slice(0, 2)) || common.has(name[0]!) || weak.has(name[0]!);
}

/**
 * A whole list item that has a name's shape (surname from the table + one or two characters), read
 * without the boundary rules: in a list of names the 、 marks the boundary (薛其坤、周其林).
 */
export function listItemName(item: string): string | null {
  const { compound, common } = surnameSets();
  const surname = compound.has(item.slice(0, 2)) ? 2 : common.has(item[0]!) ? 1 : 0;
  if (surname === 0 || item.length - surname < 1 || item.length - surname > 2) return null;
  if (![...item].every((c) => isHan(c)) || isCommonWord(item) || isCommonWord(item.slice(0, 2))) return null;
  return item;
}

/**
 * A Latin name: 1–3 capitalised words, each perhaps after an initial ("Leo", "Sam Altman",
 * "J. Smith", "John D. Rockefeller"); a name always ends on a whole word, never an initial.
 */
/** …letters with diacritics count (Timothée, Łukasz, Müller): European names keep them in Chinese news. */
const UP = "A-ZÀ-ÖØ-Þ\u0100-\u017F";
const LOW = "a-zß-öø-ÿ\u0100-\u017F";
const LATIN_NAME = new RegExp(`^(?:[A-Z]\\.(?:[A-Z]\\.)? ?)?[${UP}][${LOW}]+(?:[-'][A-Za-z${LOW}]+)?(?: (?:[A-Z]\\. )?[${UP}][${LOW}]+(?:[-'][A-Za-z${LOW}]+)?){0,2}`);
const LATIN_LETTER_OR_DIGIT = new RegExp(`[A-Za-z0-9${UP}${LOW}]`);

/** A Latin name starting at `start` in case-kept text. */
export function latinNameAt(text: string, start: number): { name: string; end: number } | null {
  let i = start;
  if (text[i] === " ") i++;
  const m = LATIN_NAME.exec(text.slice(i, i + 60));
  if (!m) return null;
  const end = i + m[0].length;
  if (LATIN_LETTER_OR_DIGIT.test(text[end] ?? "")) return null;
  return { name: m[0], end };
}

/** The parts of a transliterated name before its last one: 劳拉·G·, 埃隆·, 让-保罗·. */
const TRANSLIT_HEAD = /[\u4e00-\u9fff]{1,6}(?:·(?:[\u4e00-\u9fff]{1,8}|[A-Z]\.?))*·/y;

/**
 * A foreign name written in Han characters with the middle dot (埃隆·马斯克, 劳拉·G·夸特拉). The dot
 * vouches for a name where no surname table can; the last part ends at the shortest reading that
 * `endsHere` accepts (a speech verb, a particle, punctuation), so 马斯克|表示 is not read as one part.
 */
export function transliteratedNameAt(text: string, start: number, endsHere: (end: number) => boolean): { name: string; end: number } | null {
  TRANSLIT_HEAD.lastIndex = start;
  const head = TRANSLIT_HEAD.exec(text);
  if (!head) return hyphenatedNameAt(text, start);
  const lastStart = start + head[0].length;
  for (let len = 1; len <= 8; len++) {
    const end = lastStart + len;
    if (!isHanAt(text, end - 1)) return null;
    if (!isHanAt(text, end) || (len >= 2 && endsHere(end) && !soundInsideAt(text, end))) return { name: text.slice(start, end), end };
  }
  return null;
}

/**
 * 提 and 都 spell sounds inside transliterated names (买买提, 阿不都拉) as often as they follow one
 * as a verb or an adverb: at a dotted name's end they close it only where they open a word (提出,
 * 提到) or, for 都, stand before a predicate (都表示, 都在); otherwise the name goes on (阿不都|拉说).
 */
const TI = "提".charCodeAt(0);
const DOU = "都".charCodeAt(0);
function soundInsideAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === TI) return !nameWords().verbsAfter.has(text.slice(at, at + 2)) && !/^提(?:出|到|及|醒|供|交|升|议|名|问)/.test(text.slice(at, at + 2));
  if (c === DOU) return isHanAt(text, at + 1) && !verbStartsAt(text, at + 1) && !nameWords().verbsAfter.has(text.slice(at + 1, at + 3));
  return false;
}

/** 爱德华-帕克（Edward Parker）: a hyphen for the dot, vouched for by the Latin name in brackets right after. */
const HYPHENATED = /([\u4e00-\u9fff]{1,5})-([\u4e00-\u9fff]{1,6})(?=[(（]\s*[A-Z][a-z]+(?:[ .-][A-Za-z]+){0,3}\s*[)）])/y;

function hyphenatedNameAt(text: string, start: number): { name: string; end: number } | null {
  HYPHENATED.lastIndex = start;
  const m = HYPHENATED.exec(text);
  return m ? { name: m[0], end: start + m[0].length } : null;
}

/**
 * Words that stand where a name would after a title but are not names (CEO首次…, 总裁亲自…, 副总经理兼…);
 * guards the rare-surname reading below, which has no surname table to lean on.
 */
const NOT_A_GIVEN_NAME = /^(办公|办事|采访|首次|首先|再次|亲自|其实|目前|近日|日前|此前|今天|昨天|本人|一直|曾经|已经|正在|同样|随后|随即|当时|此时|个人|团队|课题组|小组|本次|这次|早前|近期|最近|公开|正式|明确|直接|主要|特别|还有|兼任|出任|担任|分析|研究|调查|统计|测算|预计|普遍|一致|纷纷|均|都|也|则|还|并|对此|兼|加盟|加入|接任|升任|调任|转任|改任|晋升|离任|卸任|辞任|转投|履新)/;

/** A word that stands where a name would after a title (普遍, 一致, 亲自…): no name reads from it. */
export function opensNoName(text: string): boolean {
  return NOT_A_GIVEN_NAME.test(text);
}

/**
 * A name whose surname is not in the table (淦家阅, 忻舟, 岂凡超), read only where the evidence
 * is strong (an organisation and a title right before it): a Han character and one or two more,
 * with a verb, particle or punctuation right after. Three characters when both readings fit.
 */
export function rareSurnameNameAt(text: string, start: number): NameCandidate | null {
  if (NOT_A_GIVEN_NAME.test(text.slice(start, start + 2))) return null;
  // a verb that follows names (研究员|创立的…, 创始人|创办了…) stands where the name would, after a title that names nobody
  if (nameWords().verbsAfter.has(text.slice(start, start + 2))) return null;
  // a character and then a title (任|组长, 兼|总裁): a verb and an office, not a surname and a given name
  if (titleStartsAt(text, start + 1)) return null;
  for (const len of [3, 2]) {
    const end = start + len;
    if (end > text.length) continue;
    let ok = true;
    for (let i = start; i < end; i++) if (!givenChar(text, i)) ok = false;
    if (!ok || !verbStartsAt(text, end)) continue;
    // 任 before a title is the verb "serve as" (负责人|加盟任|总裁), not a name's last character
    if (text[end - 1] === "任" && titleStartsAt(text, end)) continue;
    // a two-character reading needs a word after it that ends names (忻舟将…), not punctuation (电话，)
    if (len === 2 && !(isHanAt(text, end) && NAME_STOP.has(text[end]!))) continue;
    const name = text.slice(start, end);
    if (isCommonWord(name) || isCommonWord(name.slice(0, 2))) return null;
    // a surname and a form of address (负责人|王先生|透露) refers to someone without naming them
    if (HONORIFIC.test(name.slice(1))) return null;
    return { name, end, strongSurname: false };
  }
  return null;
}
