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

/** Words that introduce a person by a handle, right before it. */
const HANDLE_NOUN = /(?:黑客|白帽子?|研究者|研究员|安全专家|安全工程师|开发者|网名|昵称|ID为?)$/i;
/** 来自X的 right before it (X: an organisation or a team, no clause break inside). */
const FROM_X_DE = /来自[^，。；：！？,;:!?\n“”]{2,16}的$/;
/** Any cue of either kind: */
const CUE = /黑客|白帽|研究者|研究员|安全专家|安全工程师|开发者|网名|昵称|ID|来自/i;
/** A handle: a letter, then letters, digits or _ (3–16 in all), not part of a longer Latin run. */
const HANDLE = /(?<![A-Za-z0-9_.@/-])[A-Za-z][A-Za-z0-9_]{2,15}(?![A-Za-z0-9_.@/-])/g;
/**
 * What the person does next in the clause: perhaps a nickname in brackets, an adverb, a setting,
 * then a verb of speech or of showing work.
 */
const ACTS_AFTER =
  /^(?:[（(][^）)]{1,10}[）)])?(?:则|也|还|首先|随后|此前|曾|已)?(?:在[^，。；！？,;!?\n]{1,14}?(?:上|中|时|里))?(?:分享|发表|带来|演示|提出|爆料|复现|发现|披露|表示|写道|称|说|介绍|认为|指出|提交|报告)/;

export function handleNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  // most articles have no cue at all: one search settles them before the handle scan
  if (!CUE.test(text)) return out;
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(text); m; m = HANDLE.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    const handle = m[0];
    // one capitalised word with no lower-case after the first letter is an acronym (APT, XSS), not a handle
    if (!/[a-z]/.test(handle.slice(1)) || GENERIC_LATIN.has(handle.toLowerCase())) continue;
    // a second Latin word after a space: a full name or a product, read by other rules
    if (/^ [A-Za-z]/.test(text.slice(e, e + 2))) continue;
    const before = text.slice(Math.max(0, s - 20), s);
    if (!HANDLE_NOUN.test(before) && !FROM_X_DE.test(before)) continue;
    if (!ACTS_AFTER.test(text.slice(e, e + 30))) continue;
    if (orgs.some((o) => o.start < e && o.end > s) || people.some((p) => p.start < e && p.end > s)) continue;
    out.push({ type: "person", name: handle, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
