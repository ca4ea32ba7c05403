/**
 * A name followed by 同志 (向雷锋同志学习, 与王建国同志座谈): official Chinese names a person, alive or
 * remembered, this way. Only a whole name of a common surname, right before 同志 and after a mark or
 * a preposition, is read: 老同志, 女同志 and 各位同志 name nobody, and neither does a surname alone.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt, isCommonWord } from "./names";
import { overlapsAny } from "./spans";

/** What may stand right before the name: no Han at all, or a preposition or a joiner. */
const BEFORE_NAME = /[向和与及、对把由给为同跟让请]/;

export function comradeNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (let at = text.indexOf("同志"); at !== -1; at = text.indexOf("同志", at + 2)) {
    for (const len of [3, 2]) {
      const s = at - len;
      if (s < 0) continue;
      if (s > 0 && /[\u4e00-\u9fff]/.test(text[s - 1]!) && !BEFORE_NAME.test(text[s - 1]!)) continue;
      const zh = chineseNameAt(text, s);
      if (!zh || !zh.strongSurname || zh.end !== at || isCommonWord(zh.name)) continue;
      if (overlapsAny(orgs, s, at) || overlapsAny(people, s, at)) break;
      out.push({ type: "person", name: zh.name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
      break;
    }
  }
  return out;
}
