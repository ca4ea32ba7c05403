/**
 * Chooses the character a UTF-8 sequence stood for when cp1252 lost one of its bytes (each lost
 * byte is one of five, so a damaged character has a handful of candidates). A Han candidate is
 * scored by a character-pair model of general Chinese (han-pair-counts.ts, from a word-frequency
 * dictionary): how likely it follows the character before it and precedes the one after it,
 * which tells 发 from 向 and 对 from 小 where a frequency rank alone cannot. Punctuation is
 * chosen by what pairs it (an open 「 wants 」, a 】 ahead wants 【), kana by being kana.
 * The tables are built at the first damaged character, so clean text never pays for them.
 */
import { hanPairTables, TOTAL, WEIGHT_BASE, WORDS } from "./han-pair-counts";
import { wordEvidence } from "./han-word-evidence";
import { runningFollows } from "./running-follows";
import { posHmmFit } from "./han-pos-hmm-score";
import { kanaPairListed, kanaSequenceLength } from "./kana-sequences";
import iconv from "iconv-lite";
import { toSimplified } from "../../text/script";
import { inBig5, localScript } from "./local-script";

export type Script = "simplified" | "traditional";

interface CharCounts {
  /** Occurrences in all words. */
  all: number;
  /** Occurrences as the first and as the last character of a word (a one-character word is both). */
  start: number;
  end: number;
  /** Position in the model's list, for pairKey; -1 when not listed. */
  index: number;
}

interface Model {
  chars: Map<string, CharCounts>;
  /** Keyed by pairKey: a number, so a lookup builds no string. */
  pairs: Map<number, number>;
}

/** Small integers (V8 keeps them unboxed), from both characters' positions in the model's list. */
const PAIR_STRIDE = 1 << 15;
const pairKey = (a: number, b: number) => a * PAIR_STRIDE + b;

let model: Model | null = null;

const count = (weight: string, i: number) => (weight.charCodeAt(i) < WEIGHT_BASE ? 0 : 2 ** ((weight.charCodeAt(i) - WEIGHT_BASE) / 2));

function loadModel(): Model {
  const { CHARS, CHAR_WEIGHTS, START_WEIGHTS, END_WEIGHTS, PAIRS, PAIR_WEIGHTS } = hanPairTables();
  const chars = new Map<string, CharCounts>();
  for (let i = 0; i < CHARS.length; i++) chars.set(CHARS[i]!, { all: count(CHAR_WEIGHTS, i), start: count(START_WEIGHTS, i), end: count(END_WEIGHTS, i), index: i });
  const pairs = new Map<number, number>();
  for (let i = 0; i < PAIR_WEIGHTS.length; i++) {
    const a = chars.get(PAIRS[2 * i]!);
    const b = chars.get(PAIRS[2 * i + 1]!);
    // A pair of a character too rare to be listed is never asked about with useful effect.
    if (a && b) pairs.set(pairKey(a.index, b.index), count(PAIR_WEIGHTS, i));
  }
  return { chars, pairs };
}

const simplifiedCache = new Map<string, string>();

/** The character the model knows: traditional characters are looked up by their simplified form. */
function modelForm(ch: string, script: Script): string {
  if (isDigit(ch)) return NUMBER;
  if (script === "simplified") return ch;
  let s = simplifiedCache.get(ch);
  if (s === undefined) {
    s = toSimplified(ch);
    if ([...s].length !== 1) s = ch;
    simplifiedCache.set(ch, s);
  }
  return s;
}

const isHan = (ch: string) => /^\p{Script=Han}$/u.test(ch);
const isDigit = (ch: string) => /^[0-9０-９]$/u.test(ch);
/** How the model stands for any number (scripts/gen-han-pair-counts.ts): 10名 and 第2 are pairs it knows. */
const NUMBER = "０";
/** A neighbour the model can score a Han candidate against. */
const isContext = (ch: string) => isHan(ch) || isDigit(ch);

/** Counts given to a Han character the model does not list: rarer than any it lists. */
const UNSEEN: CharCounts = { all: 0.5, start: 0.25, end: 0.25, index: -1 };

/**
 * P(b | a) under a word model: b follows a inside a word (the pair's count) or a ends a word
 * and b begins the next. The second term is what makes 向 likely after a word and 发 likely
 * inside one, though 发 is the more frequent character.
 */
/**
 * How much of the independence estimate of a word boundary (a ends a word, b begins the next)
 * running text bears out. The estimate counts every word a ends and every word b begins, so two
 * frequent characters that start and end many words (及 重, 才 后, 南 欧) look likely side by side
 * across a boundary far more often than they stand there; discounted, a dictionary word through
 * the damaged character (吊针, 才华) outweighs such a pair.
 */
const BOUNDARY_SHARE = 0.25;

/**
 * `free` weighs the word-boundary reading against the in-word one: a pair inside a word binds
 * the neighbour on its far side to the damaged character, which costs the neighbour the word it
 * forms with the character beyond (binding).
 */
function follows(m: Model, ca: CharCounts, cb: CharCounts, atStart = false, free = 1): number {
  const pair = ca.index >= 0 && cb.index >= 0 ? (m.pairs.get(pairKey(ca.index, cb.index)) ?? 0) : 0;
  // A character that begins a word goes on as the words it begins do, not as all words it is in
  // do: after a comma 菌 is 菌落's (细菌 holds most of its count, which does not go on).
  const inWord = atStart && ca.start > 0 ? Math.min(pair * (ca.all / ca.start), ca.all) : pair;
  return (inWord + (free * BOUNDARY_SHARE * ca.end * cb.start) / WORDS) / ca.all;
}

/** Running-text pairs of a character seen fewer times than this say little about what follows it. */
const RUNNING_PRIOR = 4;
/**
 * The most binding is taken to tell: the running text is 320 000 characters, so a larger ratio
 * rests on a pair seen a few times beside a boundary estimate of rare characters (迅速 before
 * 升 or 减, which the pair beyond must still settle).
 */
const MAX_BINDING = 100;

/**
 * How much likelier b follows a in running text than a word boundary between them explains (at
 * least 1): large for a word (现代, 功能), about 1 for a pair that meets across words. A damaged
 * character that takes a into a word of its own (发现 in 走?现代化) puts a boundary inside it.
 */
function binding(m: Model, a: string, b: string): number {
  const key = a + b;
  let v = bindingCache.get(key);
  if (v === undefined) {
    const p = runningFollows(a, b, RUNNING_PRIOR);
    const ca = counts(m, a);
    const boundary = (BOUNDARY_SHARE * ca.end * counts(m, b).start) / WORDS / ca.all;
    v = p === null || p === 0 ? 1 : Math.min(MAX_BINDING, Math.max(1, p / boundary));
    if (bindingCache.size >= WORD_TERM_CACHE) bindingCache.clear();
    bindingCache.set(key, v);
  }
  return v;
}
const bindingCache = new Map<string, number>();

const counts = (m: Model, ch: string) => m.chars.get(ch) ?? UNSEEN;

/** log P(ch | prev), prev being null when unknown or not Han. */
function hanStep(m: Model, prev: Step | null, step: Step, prevAtStart = false, free = 1): number {
  return prev?.han ? Math.log(follows(m, prev.counts, step.counts, prevAtStart, free)) : Math.log(step.counts.start / WORDS);
}

/** How often prose uses each punctuation mark a lost byte can leave (per character of text). */
const PUNCTUATION_PRIOR: Record<string, number> = {
  "”": 1e-2,
  "、": 1e-2,
  "」": 2e-3,
  "！": 2e-3,
  "【": 1e-3,
  "』": 5e-4,
  "０": 5e-4,
  "－": 1e-4,
  "／": 1e-4,
  "‐": 1e-4,
  "＝": 1e-5,
  "〝": 1e-6,
};
const KANA = /^[\u3041-\u30FF]$/u;
const HIRAGANA = /^[\u3041-\u309F]$/u;
const KATAKANA = /^[\u30A0-\u30FF]$/u;
const EMOJI_SELECTOR = "\uFE0F";
/**
 * Kana, most frequent first (a rough order of Japanese text), for the pages in Japanese: the lost
 * byte of こ/く/ぁ/そ/ぐ is the same one, and a rank is all that tells them apart.
 */
const KANA_BY_FREQUENCY =
  "のにはをたがでしてとなかいるれうくこさすもまっらりあんおきけよつそせめわやみえひちほねばへどろじごだずぜぞびぶべぼぱぴぷぺぽゃゅょぐぎげざぢづふむゆぬぁぃぅぇぉゎ" +
  "ンルトスクイラリーシタカレッロコテマアフドグジメサプミブデオハニチキパセナバダエゲウツソヤモボガビヘザワヨホゴネヌヒケユゼピポペベヂヅァィゥェォャュョヮ";
/** How much likelier a kana is where it completes a common sequence (kana-sequences.ts). */
const KANA_WORD = 100;
/** Letters and symbols a Chinese text may hold but rarely: still better than leaving the broken bytes. */
const BOX_DRAWING = /^[\u2500-\u257F]$/u;
const RARE_BUT_REAL = /^[\p{L}\p{N}\p{P}\p{S}]$/u;

/**
 * Emoji outside the BMP (four bytes, of which the third or fourth may be lost): the candidates
 * are the same position in five blocks (tiles, food, sports, animals, alchemy; 🁶 🍶 🏶 🐶 🝶),
 * or five neighbours in one (👁 👍 👏 👐 👝). A character shown as an emoji by default beats a
 * tile, an alchemical or mathematical symbol; among those, the most used ones (Unicode's emoji
 * frequency list, most used first) beat the rest; a skin-tone modifier follows a person or a hand.
 */
const EMOJI_PICTURE = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}]$/u;
const EMOJI_DEFAULT = /^\p{Emoji_Presentation}$/u;
const EMOJI_MODIFIER = /^\p{Emoji_Modifier}$/u;
const MODIFIER_BASE = /\p{Emoji_Modifier_Base}\uFE0F?$/u;
const EMOJI_BY_FREQUENCY = [..."😂🤣👍😭🙏😘🥰😍😊🎉😁💕🥺😅🔥🤦🤷🙄😆🤗😉🎂🤔👏🙂😳🥳😎👌💜😔💪💖👀😋😏😢👉💗😩💯🌹💞🎈💙😃😡💐😜🙈🤞😄🤤🙌🤪😀💋💀👇💔😌💓🤩🙃😬😱😴🤭😐🌞😒😇🌸😈🎶🎊🥵😞💚🖤💰😚👑🎁💥🙋😑🥴👈💩🤝🐶🐱"];

function emojiScore(ch: string, before: string): number {
  if (EMOJI_MODIFIER.test(ch)) return MODIFIER_BASE.test(before) ? Math.log(1e-2) : Math.log(1e-9);
  const rank = EMOJI_BY_FREQUENCY.indexOf(ch);
  if (rank !== -1) return Math.log(1e-4) - 0.01 * rank;
  return EMOJI_DEFAULT.test(ch) ? Math.log(1e-5) : Math.log(1e-7);
}

/**
 * A letter beyond ASCII that lost its second byte (two-byte sequences: Latin with diacritics,
 * Greek, Cyrillic; the five candidates share a script and differ in letter). One of the same
 * script and case as the letters beside it wins, a basic Greek or Cyrillic letter over the
 * extensions (А over Ѝ and Џ), and after a Latin letter the tone-marked vowels of Hanyu Pinyin, the
 * likeliest such letters in a Chinese text (lǐng, not lǁng; bō, not bŁ).
 */
const LETTER = /^\p{L}$/u;
const PINYIN_TONE = new Set([..."āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"]);
const BASIC_LETTER = /^[\u0391-\u03A9\u03B1-\u03C9\u0410-\u044F]$/u;
const LETTER_SCRIPTS = [/^\p{Script=Latin}$/u, /^\p{Script=Greek}$/u, /^\p{Script=Cyrillic}$/u];
const LOWER = /^\p{Ll}$/u;

function letterScore(ch: string, before: string, after: string): number {
  const left = before.slice(-1);
  const right = after.slice(0, 1);
  const script = LETTER_SCRIPTS.find((re) => re.test(ch));
  let p = 1e-7;
  if (script === undefined) return Math.log(p);
  const sameLeft = script.test(left);
  const sameRight = script.test(right);
  if (sameLeft || sameRight) p *= 100;
  // Inside a word a letter has the case of the letter after it (Sōseki), or at a word's end of the
  // one before it; at a word's start either case, a capital before small letters (Łódź) a little likelier.
  const caseOf = sameRight ? right : left;
  if (sameLeft && LOWER.test(caseOf) === LOWER.test(ch)) p *= 10;
  if (!sameLeft && sameRight && LOWER.test(right) && !LOWER.test(ch)) p *= 3;
  if (BASIC_LETTER.test(ch)) p *= 10;
  if (PINYIN_TONE.has(ch) && sameLeft) p *= 10;
  return Math.log(p);
}

const OPENERS: Record<string, string> = { "」": "「", "』": "『" };
/** How far back a bracket is looked for (a line of markup may be the whole page). */
const LOOK_BACK = 200;
const lineBefore = (before: string) => {
  const near = before.slice(-LOOK_BACK);
  return near.slice(near.lastIndexOf("\n") + 1);
};
const lineAfter = (after: string) => {
  const end = after.indexOf("\n");
  return end === -1 ? after : after.slice(0, end);
};

/** Whether `opener` has been opened and not closed in the line so far. */
function isOpen(line: string, opener: string, closer: string): boolean {
  return line.lastIndexOf(opener) > line.lastIndexOf(closer);
}

const DIGIT = /[0-9０-９]/;
const WIDE_DIGIT = /[０-９]/;
const TAG = /<[^>]*>/g;
/** Longest label between 【 and 】, in characters; a label holds no clause (no ，。). */
const LABEL = 16;
const ASCII_WORD = /[A-Za-z0-9]/;
const AGAINST_ITEM = /\s/;
const PLUS_BEFORE = /[＋+]\s*$/u;
const UNKNOWN = "\uFFFD";
// A damaged character ahead stands as U+FFFD (mojibake-bytes.ts).
const CREDIT_PLACE = /^[\p{Script=Han}\uFFFD]{1,4}(?:報導|报导|報道|报道)/u;
/** Context that all but settles a punctuation choice. */
const SETTLED = 1e4;

function otherScore(ch: string, before: string, after: string): number {
  const prior = PUNCTUATION_PRIOR[ch];
  if (prior === undefined) {
    if (KANA.test(ch)) {
      const rank = KANA_BY_FREQUENCY.indexOf(ch);
      // A word in katakana goes on in katakana (バッグ, not ぃッグ), one in hiragana in hiragana.
      const kind = KATAKANA.test(ch) ? KATAKANA : HIRAGANA;
      const sameKind = kind.test(before.slice(-1)) || kind.test(after.slice(0, 1));
      // A common word or syllable it completes (でき, その, ため, ポイ) outweighs the rank.
      const seq = kanaSequenceLength(ch, before, after);
      const inWord = seq === 0 ? 0 : Math.log(KANA_WORD) + (seq - 2);
      return Math.log(1e-4) - 0.05 * (rank === -1 ? KANA_BY_FREQUENCY.length : rank) + (sameKind ? Math.log(SETTLED) : 0) + inWord;
    }
    // The emoji presentation selector after a symbol (☺️): a mark no other position holds.
    if (ch === EMOJI_SELECTOR) return /^\p{S}$/u.test(before.slice(-1)) ? Math.log(1e-2) : -Infinity;
    // Box drawing (━ ═, rules under a text dump's heading) over the symbols that share its bytes (⁔).
    if (BOX_DRAWING.test(ch)) return Math.log(1e-5);
    if (ch.length === 2 && EMOJI_PICTURE.test(ch)) return emojiScore(ch, before);
    if (LETTER.test(ch)) return letterScore(ch, before, after);
    return RARE_BUT_REAL.test(ch) ? Math.log(1e-7) : -Infinity;
  }
  const left = before.slice(-1);
  const right = after.slice(0, 1);
  let p = prior;
  const opener = OPENERS[ch];
  if (opener !== undefined) p *= isOpen(lineBefore(before), opener, ch) ? SETTLED : 1 / SETTLED;
  if (ch === "【") {
    // The closing 】 of a short label (【新闻】, 【<span>收藏</span>】), tags aside: a 】 further on
    // the line closes something else, and 、 is likelier in a list before it.
    const ahead = lineAfter(after).replace(TAG, "");
    const close = ahead.indexOf("】");
    if (close !== -1 && close <= LABEL && !/[【，。；！？]/u.test(ahead.slice(0, close))) p *= SETTLED;
  }
  // A full-width 0 goes with full-width digits (３００); between ASCII digits and before a number
  // a dash is a range or a model number (3000－4000, WJ－30055).
  if (/[０-９]/.test(ch) && (WIDE_DIGIT.test(left) || WIDE_DIGIT.test(right))) p *= SETTLED;
  if (ch === "－" && DIGIT.test(right)) p *= 100;
  // A minus after a plus, markup and spaces between: a zoom or font-size pair (＋ －).
  if (ch === "－" && PLUS_BEFORE.test(lineBefore(before).replace(TAG, ""))) p *= SETTLED;
  // A slash before a Latin name or number (パーカー／HUG.U, 记者／AP): an exclamation mark is followed by a space or a new sentence.
  if (ch === "／" && ASCII_WORD.test(right)) p *= 100;
  if (ch === "‐" && ASCII_WORD.test(left) && ASCII_WORD.test(right)) p *= SETTLED;
  // An enumeration comma stands between two items, never against a space. Against a tag it
  // does (雄县</a>、<a>容城县, a list of links); 【 read as 、 in >【<span> is settled by its 】
  // ahead instead, the two differing in the lost byte only.
  if (ch === "、" && (AGAINST_ITEM.test(left) || AGAINST_ITEM.test(right))) p /= SETTLED;
  // A credit's slash (記者X／台北報導, （圖片／X）): a place and 報導 ahead, or an open bracket
  // around it, where an exclamation mark seldom stands.
  if (ch === "／" && CREDIT_PLACE.test(lineAfter(after))) p *= SETTLED;
  // Nor inside a 【 label (【大小：＋ －】, a font-size toolbar's minus).
  if (ch === "！" && (isOpen(lineBefore(before), "（", "）") || isOpen(lineBefore(before), "(", ")") || isOpen(lineBefore(before), "【", "】"))) p /= 100;
  return Math.log(p);
}

/**
 * How much less likely a Han candidate of the other script is: a traditional text holds no
 * character Big5 lacks (铁 经 职 话 are simplified-only), a simplified one seldom a character
 * that has a simplified form of its own (對 發). Not ruled out: pages mix scripts now and then.
 */
const OTHER_SCRIPT = 1e-3;
const otherScriptCache = new Map<string, boolean>();

function otherScript(ch: string, script: Script): boolean {
  const key = script[0] + ch;
  let v = otherScriptCache.get(key);
  if (v === undefined) {
    v = script === "simplified" ? toSimplified(ch) !== ch : !inBig5(ch);
    otherScriptCache.set(key, v);
  }
  return v;
}

/**
 * The kanji of everyday Japanese (JIS X 0208 level 1, Shift_JIS 0x889F–0x9872): in a Japanese
 * text the Chinese model knows neither 両 nor 対 (shinjitai), and a hole's other candidates are
 * characters no Japanese text holds (滻, 實).
 */
function jisLevel1(ch: string): boolean {
  let v = jisCache.get(ch);
  if (v === undefined) {
    const b = iconv.encode(ch, "shiftjis");
    const code = b.length === 2 ? (b[0]! << 8) | b[1]! : 0;
    v = code >= 0x889f && code <= 0x9872 && iconv.decode(b, "shiftjis") === ch;
    jisCache.set(ch, v);
  }
  return v;
}
const jisCache = new Map<string, boolean>();
const KANA_G = /[\u3041-\u3096\u30A1-\u30FA]/gu;
/** How far around a damaged character kana are counted, and how many make the text Japanese (not a Chinese text quoting a name). */
const NEAR = 200;
const MIN_KANA_NEAR = 3;
const SENTENCE_END = /[。！？!?\n]/u;
const HAN_G = /\p{Script=Han}/gu;

/** Whether every Han character of `s` has a Shift_JIS code (a Chinese sentence holds 这, 们 or 說, which have none). */
function allJis(s: string): boolean {
  for (const [ch] of s.matchAll(HAN_G)) if (!jisEncodable(ch)) return false;
  return true;
}
function jisEncodable(ch: string): boolean {
  let v = jisAnyCache.get(ch);
  if (v === undefined) {
    v = iconv.decode(iconv.encode(ch, "shiftjis"), "shiftjis") === ch;
    jisAnyCache.set(ch, v);
  }
  return v;
}
const jisAnyCache = new Map<string, boolean>();

/**
 * Whether the damaged character stands in Japanese: its sentence holds kana, or kana are near and
 * the sentence (a heading of kanji only) holds no character Japanese lacks. A Chinese sentence
 * beside a Japanese one is still Chinese.
 */
function japaneseAround(before: string, after: string): boolean {
  const near = before.slice(-NEAR);
  let start = near.length;
  while (start > 0 && !SENTENCE_END.test(near[start - 1]!)) start--;
  const ahead = after.slice(0, NEAR);
  const end = ahead.search(SENTENCE_END);
  const sentence = near.slice(start) + ahead.slice(0, end === -1 ? ahead.length : end);
  KANA_G.lastIndex = 0;
  if (KANA_G.test(sentence)) return true;
  const kana = (near.match(KANA_G)?.length ?? 0) + (ahead.match(KANA_G)?.length ?? 0);
  return kana >= MIN_KANA_NEAR && allJis(sentence);
}

interface Step {
  ch: string;
  /** The form the model knows, or "" when the candidate is not Han. */
  han: string;
  /** A non-Han candidate's own score (punctuation, kana, letters); a Han one's for its script. */
  own: number;
  /**
   * A closing bracket's own score once the damaged character before it in the chain is known:
   * a 」 chosen there has closed the 「 (機會」、「 is not 機會」」「), a skin tone follows the hand chosen there.
   */
  ownAfter?: (prev: string) => number;
  counts: CharCounts;
  /** log likelihood of the words a Han candidate completes with its known neighbours (han-word-evidence.ts). */
  word: number;
  /** Those neighbours, model form: the Han text before and after it up to a damaged or non-Han character. */
  left: string;
  right: string;
}

/**
 * How much the grammar of the window (han-pos-hmm-score.ts) counts beside the pair and word
 * model: tuned on magic-html-zh (0.25 0.35 0.5 0.7 1 tried; 0.35 best), checked on daniel-zh.
 */
const POS_HMM_WEIGHT = 0.35;

/** One space between characters (生 署 呼 籲, a spaced-out text or heading). */
const SPACER = /^[ \u3000]$/u;

/**
 * The neighbour a damaged character is scored against, from the characters nearest it outward:
 * the next one, or the one past a single space when that is Han or a digit, since spaced-out
 * text (every character a space apart) would otherwise leave each damaged character with no
 * context and a frequency rank alone (服 read as 朝, 名 as 十).
 */
function hanNeighbour(outward: string[]): string {
  const [near = "", far = ""] = outward;
  return SPACER.test(near) && isContext(far) ? far : near;
}

const SPACED_BEFORE = /\S[ \u3000]\S[ \u3000]$/u;
const SPACED_AFTER = /^[ \u3000]\S[ \u3000]\S/u;
const INNER_SPACER = /(?<=\S)[ \u3000](?=\S)/gu;

/**
 * A spaced-out text (every character a space apart: 影 響 、 兩 個) read as if it were not:
 * a space beside a damaged character is then no word boundary, so the words it completes count
 * and an enumeration comma is not taken for one standing against a space (影 響 【 兩 個).
 */
function closeUp(before: string, after: string): [string, string] {
  if (!SPACED_BEFORE.test(before) || !SPACED_AFTER.test(after)) return [before, after];
  return [before.replace(INNER_SPACER, "").slice(0, -1), after.replace(INNER_SPACER, "").slice(1)];
}

/**
 * The most likely characters for a chain of adjacent damaged characters (one candidate list
 * each), between the text already read (`before`) and the text after the chain (`after`).
 * Adjacent damaged characters are chosen together (Viterbi over the pair model), since frequent
 * characters often lose a byte side by side (受理, 向来). An entry is null where no candidate is
 * a character a text would hold.
 */
export function chooseLostBytes(chain: string[][], spacedBefore: string, spacedAfter: string, pageScript: Script): (string | null)[] {
  const m = (model ??= loadModel());
  const [before, after] = closeUp(spacedBefore, spacedAfter);
  const japanese = japaneseAround(before, after);
  // Japanese kanji (shinjitai 黒, 対) would read as simplified-only: a Japanese passage keeps the page's script.
  const script = japanese ? pageScript : localScript(before, after, pageScript);
  const out: (string | null)[] = [];
  let left = hanNeighbour([...before.slice(-4)].reverse());
  let leftKnown = true;
  let start = 0;
  const leftHan = hanRun([...before.slice(-3)].reverse(), script).reverse().join("");
  const rightHan = hanRun([...after.slice(0, 3)], script).join("");
  const steps = chain.map((candidates, i) =>
    candidates
      .map((ch): Step => {
        // The chain's other damaged characters stand as U+FFFD: a bracket or a 報導 past them still counts.
        if (!isHan(ch)) {
          const ahead = UNKNOWN.repeat(chain.length - 1 - i) + after;
          const ownAfter = i === 0 || (OPENERS[ch] === undefined && !EMOJI_MODIFIER.test(ch)) ? undefined : (prev: string) => otherScore(ch, before + UNKNOWN.repeat(i - 1) + prev, ahead);
          return { ch, han: "", own: otherScore(ch, before + UNKNOWN.repeat(i), ahead), ownAfter, counts: UNSEEN, word: 0, left: "", right: "" };
        }
        const han = modelForm(ch, script);
        const c = counts(m, han);
        const left = i === 0 ? leftHan : "";
        const right = i === chain.length - 1 ? rightHan : "";
        // A kanji with its kana ending (合わせ, 好き): Japanese the Chinese model cannot score.
        const seq = kanaSequenceLength(ch, before + UNKNOWN.repeat(i), UNKNOWN.repeat(chain.length - 1 - i) + after);
        const inWord = seq === 0 ? 0 : Math.log(KANA_WORD) + (seq - 2);
        // In Japanese text the Chinese model's script preference says nothing (両 is neither script's).
        const scriptTerm = !japanese && otherScript(ch, script) ? Math.log(OTHER_SCRIPT) : 0;
        const grammar = POS_HMM_WEIGHT * posHmmFit(han, left, right);
        return { ch, han, own: scriptTerm + inWord + grammar, counts: c, word: wordTerm(m, han, left, right), left, right };
      })
      .filter((s) => s.own > -Infinity)
      // A kanji no Japanese text uses loses to kana or an everyday kanji beside it, whatever the
      // Chinese model thinks of either (it scores 両 as unseen and 滻 by its simplified 浐).
      .filter((s, _k, all) => !japanese || !s.han || jisLevel1(s.ch) || !all.some((o) => !o.han || jisLevel1(o.ch))),
  );
  // A step with no possible character breaks the chain: each part is chosen on its own.
  for (let i = 0; i <= steps.length; i++) {
    if (i < steps.length && steps[i]!.length > 0) continue;
    const rightChar = i === steps.length ? hanNeighbour([...after.slice(0, 4)]) : null;
    const leftStep = leftKnown && isContext(left) ? contextStep(m, left, script) : null;
    const right = rightChar === null ? null : isContext(rightChar) ? modelForm(rightChar, script) : QUESTION_MARK.test(rightChar) ? rightChar : "";
    // The known neighbours' own neighbours: how bound each is to the text beyond (binding).
    const leftOuter = leftStep !== null && leftHan.length >= 2 && leftHan.at(-1) === leftStep.han ? leftHan.at(-2)! : null;
    const rightOuter = right !== null && right !== "" && rightHan.length >= 2 && rightHan[0] === right ? rightHan[1]! : null;
    out.push(...viterbi(m, steps.slice(start, i), leftStep, right, leftOuter, rightOuter));
    if (i < steps.length) out.push(null);
    start = i + 1;
    left = "";
    leftKnown = false;
  }
  return out;
}

function contextStep(m: Model, ch: string, script: Script): Step {
  const han = modelForm(ch, script);
  return { ch, han, own: 0, counts: counts(m, han), word: 0, left: "", right: "" };
}

/**
 * How much likelier the words `han` completes make it than its frequency alone (log, at least 0):
 * a word of the dictionary around the damaged position is evidence a pair model misses.
 */
function wordTerm(m: Model, han: string, left: string, right: string, afterDamaged = false): number {
  // A page repeats its damaged words (a name, a heading): each window is scored once.
  const key = `${left}|${han}|${right}|${afterDamaged}`;
  let v = wordTermCache.get(key);
  if (v === undefined) {
    const all = counts(m, han).all;
    v = wordEvidence(han, left, right, (c) => counts(m, c).all / TOTAL, TOTAL, all, afterDamaged) - Math.log(all / TOTAL);
    if (wordTermCache.size >= WORD_TERM_CACHE) wordTermCache.clear();
    wordTermCache.set(key, v);
  }
  return v;
}
const wordTermCache = new Map<string, number>();
const WORD_TERM_CACHE = 20_000;

/** The Han characters (model form) at the start of `outward`, up to the first that is not Han. */
function hanRun(outward: string[], script: Script): string[] {
  const out: string[] = [];
  for (const ch of outward) {
    if (!isHan(ch)) break;
    out.push(modelForm(ch, script));
  }
  return out;
}

/** Particles that end a question: before "?" they are likelier than a word's last character (走吗? not 走南?). */
const QUESTION_PARTICLES = new Set([..."吗吧"]);
const QUESTION_MARK = /^[?？]$/u;

/** P(what follows | the chain's last character), `right` as viterbi takes it (not null). */
function beforeRight(m: Model, last: Step, right: string, atStart: boolean, free: number): number {
  if (isContext(right)) return follows(m, last.counts, counts(m, right), atStart, free);
  const ends = last.counts.end / last.counts.all;
  return QUESTION_MARK.test(right) && QUESTION_PARTICLES.has(last.han) ? ends * SETTLED : ends;
}

/**
 * `right` is the Han character (or number) after the chain, a question mark, "" where a word must end there
 * (punctuation, a tag, a space, a Latin word), null where what follows is unknown.
 */


function viterbi(m: Model, steps: Step[][], left: Step | null, right: string | null, leftOuter: string | null, rightOuter: string | null): string[] {
  if (steps.length === 0) return [];
  const leftFree = leftOuter === null ? 1 : binding(m, leftOuter, left!.han);
  const rightFree = rightOuter === null ? 1 : binding(m, right!, rightOuter);
  let scores = steps[0]!.map((s) => (s.han ? hanStep(m, left, s, false, leftFree) + s.word : 0) + s.own);
  const back: number[][] = [];
  for (let i = 1; i < steps.length; i++) {
    const prev = steps[i - 1]!;
    const from: number[] = [];
    scores = steps[i]!.map((s) => {
      let best = -Infinity;
      let arg = 0;
      prev.forEach((p, j) => {
        // Beside a damaged neighbour the words are those it completes with the candidate chosen for it.
        const word = p.han && s.han ? wordTerm(m, s.han, p.left + p.han, s.right, true) : s.word;
        const own = s.ownAfter ? s.ownAfter(p.ch) : s.own;
        // Two damaged kana side by side (hiragana of U+3041–U+307F all lose their middle byte), or a
        // kanji and its damaged kana ending (合わ), are each other's only context.
        const kanaPair = (KANA.test(p.ch) || KANA.test(s.ch)) && kanaPairListed(p.ch, s.ch) ? Math.log(KANA_WORD) : 0;
        const v = scores[j]! + (s.han ? hanStep(m, p, s, i === 1 && left === null) + word : 0) + own + (isDigit(p.ch) && isDigit(s.ch) ? Math.log(SETTLED) : 0) + kanaPair;
        if (v > best) [best, arg] = [v, j];
      });
      from.push(arg);
      return best;
    });
    back.push(from);
  }
  const last = steps.at(-1)!;
  // Before a boundary the last character ends a word, as the first one after a boundary begins
  // one (hanStep): 吗 before "?" is likelier than 南, which mostly begins words.
  if (right !== null) scores = scores.map((v, j) => (last[j]!.han ? v + Math.log(beforeRight(m, last[j]!, right, steps.length === 1 && left === null, rightFree)) : v));
  let k = scores.indexOf(Math.max(...scores));
  const path = [last[k]!.ch];
  for (let i = back.length - 1; i >= 0; i--) {
    k = back[i]![k]!;
    path.unshift(steps[i]![k]!.ch);
  }
  return path;
}
