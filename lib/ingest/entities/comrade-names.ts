/**
 * A name followed by 同志 (向雷锋同志学习, 与王建国同志座谈): official Chinese names a person, alive or
 * remembered, this way. Only a whole name of a common surname, right before 同志 and after a mark or
 * a preposition, is read: 老同志, 女同志 and 各位同志 name nobody, and neither does a surname alone.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt, isCommonWord, type NameCandidate } from "./names";
import { overlapsAny } from "./spans";

/** What may stand right before the name: no Han at all, or a preposition or a joiner. */
const BEFORE_NAME = /[向和与及、对把由给为同跟让请]/;

/**
 * The whole name of `len` characters and a common surname ending right at `end`, opened by no Han
 * character or by one `before` allows (a preposition, a joiner): the name a word after it (同志,
 * 家人) vouches for. Kin-after-names reads its names so too.
 */
export function wholeNameEndingAt(text: string, end: number, len: number, before: RegExp): NameCandidate | null {
  const s = end - len;
  if (s < 0 || (s > 0 && /[\u4e00-\u9fff]/.test(text[s - 1]!) && !before.test(text[s - 1]!))) return null;
  const zh = chineseNameAt(text, s);
  return zh && zh.strongSurname && zh.end === end && !isCommonWord(zh.name) ? zh : null;
}

export function comradeNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (let at = text.indexOf("同志"); at !== -1; at = text.indexOf("同志", at + 2)) {
    for (const len of [3, 2]) {
      const zh = wholeNameEndingAt(text, at, len, BEFORE_NAME);
      if (!zh) continue;
      const s = at - len;
      if (overlapsAny(orgs, s, at) || overlapsAny(people, s, at)) break;
      out.push({ type: "person", name: zh.name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
      break;
    }
  }
  return out;
}
