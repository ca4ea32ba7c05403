/**
 * People known by a handle rather than a name (security researchers, open-source developers):
 * a one-word Latin handle after a word that introduces such a person (白帽黑客tianxing, 研究者k0shl,
 * 网名redrain) or after 「来自X的」 (来自奇虎360的redrain), and then doing what people do in the
 * clause (写道, 分享了, 复现了, 表示). Two capitalised words are left to the Latin-name rules; a
 * handle alone, with nothing of this shape around it, is never taken (a product or a model).
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { GENERIC_LATIN } from "./org-words";
import { isClauseBreakAt, isHanAt } from "./context";
import { chineseNameAt, isParty, verbStartsAt } from "./names";
import { overlapsAny } from "./spans";
import { containsAny, wordHits, wordTable } from "./word-hits";

/** @, looked up in the shared pass over the article rather than scanned for. */
const AT_MARK = wordTable(["@"]);

/** Words that introduce a person by a handle, right before it, and 来自 (来自X的 + handle). */
const CUE_TABLE = wordTable(["白帽黑客", "黑客", "白帽子", "白帽", "研究者", "研究员", "安全专家", "安全工程师", "开发者", "网名", "昵称", "ID为", "ID", "id为", "来自"]);
/** How far 的 may stand after 来自 (来自X的: X an organisation or a team). */
const FROM_REACH = 18;
/** A handle: a letter, then letters, digits or _ (3–16 in all), not running on into a longer Latin run. */
const HANDLE = /[A-Za-z][A-Za-z0-9_]{2,15}(?![A-Za-z0-9_.@/-])/y;
/**
 * What the person does next in the clause: perhaps a nickname in brackets, an adverb, a setting,
 * then a verb of speech or of showing work.
 */
const ACTS_AFTER =
  /^(?:[（(][^）)]{1,10}[）)])?(?:则|也|还|首先|随后|此前|曾|已)?(?:在[^，。；！？,;!?\n]{1,14}?(?:上|中|时|里))?(?:分享|发表|带来|演示|提出|爆料|复现|发现|披露|表示|写道|称|说|介绍|认为|指出|提交|报告)/;

/** Where a handle may start after a cue hit, or -1 (来自 without its 的 in the clause). */
function handleStart(text: string, at: number, word: string): number {
  if (word !== "来自") return at + word.length;
  for (let i = at + 4; i < Math.min(text.length, at + FROM_REACH); i++) {
    if (isClauseBreakAt(text, i)) return -1;
    if (text.charCodeAt(i) === DE) return i + 1;
  }
  return -1;
}
const DE = "的".charCodeAt(0);

/** A word for a person who posts, right before an @handle (博主@X, 网友@X): an account's owner, not an organisation's. */
const AT_CUE = /(?:博主|网友|用户|作者|主播|up主|UP主|达人)[:：]?$/;
/** An @handle: Han, Latin, digits, _ or -, 2–16 in all, closed by a space or a mark (not running on into the sentence). */
const AT_HANDLE = /@([\u4e00-\u9fffA-Za-z0-9_-]{2,16})(?=[\s，。；：！？、,.;:!?）)”"]|$)/y;
/** What such a person does next: post, repost, say, warn. */
const AT_ACTS = /^\s?(?:则|也|还|随后|此前|已)?(?:发布|发文|晒出|转发|吐槽|提醒|回复|留言|分享|发表|表示|称|说|写道|认为|指出|介绍|爆料|坦言)/;

/** 博主@X 发布了…: a handle after @, a person-cue right before it and an act right after it. */
function atHandles(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[], out: FoundName[]): void {
  const text = t.simp;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    if (!AT_CUE.test(text.slice(Math.max(0, at - 4), at))) continue;
    AT_HANDLE.lastIndex = at;
    const m = AT_HANDLE.exec(text);
    if (!m) continue;
    const s = at + 1;
    const e = s + m[1]!.length;
    if (!AT_ACTS.test(text.slice(e, e + 8))) continue;
    if (overlapsAny(orgs, s, e) || overlapsAny(people, s, e)) continue;
    out.push({ type: "person", name: m[1]!, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
}

/** Verbs of a speaker at an event: presenting or speaking. */
const SPEAKER_ACTS = "分享|带来|演示|讲解|展示|发表|介绍|表示|指出|认为|说";
/** What a speaker at an event does next in the clause, perhaps after when and where (在上午的沙龙环节现场|演示了). */
const ACTS_IN_CLAUSE = new RegExp(`^[^，。；！？,;!?\\n“”]{0,14}?(?:${SPEAKER_ACTS})`);
/** A speaker's act starting right here. */
const ACTS_NOW = new RegExp(`^(?:${SPEAKER_ACTS})`);
/** A handle of Han and Latin together (a nickname with letters in it), up to 12 characters. */
const MIXED_RUN = /^[\u4e00-\u9fffA-Za-z0-9_]{2,12}/;

/**
 * After 来自X的, a person who then presents or speaks in the clause: a Chinese name the surname
 * table reads, closed by a verb or a mark, or a handle mixing Han and Latin letters (来自X的|蓝色ab雪球|带来了…).
 */
function fromOrgPerson(text: string, s: number, orgs: OrgSpan[], people: PersonSpan[]): string | null {
  const taken = (e: number) => overlapsAny(orgs, s, e) || overlapsAny(people, s, e);
  const zh = chineseNameAt(text, s);
  if (zh) {
    if (!zh.strongSurname || isParty(zh.name) || zh.name.includes("某") || !verbStartsAt(text, zh.end) || taken(zh.end)) return null;
    return ACTS_IN_CLAUSE.test(text.slice(zh.end, zh.end + 20)) ? zh.name : null;
  }
  const run = MIXED_RUN.exec(text.slice(s, s + 12));
  if (!run) return null;
  // the handle ends where its act starts: the shortest run, with letters and Han both, that an act follows at once
  for (let e = s + 3; e <= s + run[0].length; e++) {
    const handle = text.slice(s, e);
    if (!/[A-Za-z]/.test(handle) || !/[\u4e00-\u9fff]/.test(handle) || !isHanAt(text, s)) continue;
    if (ACTS_NOW.test(text.slice(e, e + 2))) return taken(e) ? null : handle;
  }
  return null;
}

export function handleNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (containsAny(text, AT_MARK)) atHandles(t, orgs, people, out);
  // read only where a cue stands: one shared pass finds the cues, not a scan of every Latin run
  for (const { at, word } of wordHits(text, CUE_TABLE)) {
    const s = handleStart(text, at, word);
    if (s === -1) continue;
    // the handle starts the run: nothing Latin right before it (ID为 already ends in a cue)
    if (/[A-Za-z0-9_.@/-]/.test(text[s - 1] ?? "") && word !== "来自") continue;
    if (word === "来自" && isHanAt(text, s)) {
      const found = fromOrgPerson(text, s, orgs, people);
      if (found) out.push({ type: "person", name: found, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
      continue;
    }
    HANDLE.lastIndex = s;
    const m = HANDLE.exec(text);
    if (!m) continue;
    const e = s + m[0].length;
    const handle = m[0];
    // one capitalised word with no lower-case after the first letter is an acronym (APT, XSS), not a handle
    if (!/[a-z]/.test(handle.slice(1)) || GENERIC_LATIN.has(handle.toLowerCase())) continue;
    // a second Latin word after a space: a full name or a product, read by other rules
    if (/^ [A-Za-z]/.test(text.slice(e, e + 2))) continue;
    if (!ACTS_AFTER.test(text.slice(e, e + 30))) continue;
    if (overlapsAny(orgs, s, e) || overlapsAny(people, s, e)) continue;
    out.push({ type: "person", name: handle, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
