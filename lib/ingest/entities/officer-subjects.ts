/**
 * A short name opening a clause with its head's title and that person after it (。X创始人Y说, ，X
 * CEO Y表示): only an organisation has a founder, a chief executive or a chairman, so the run
 * before the title is one, as with a suffix. The article must name it again (the brand stands
 * elsewhere too), and the run must read as a name: no pronoun, count, time or common word
 * (公司创始人, 这位CEO, 三位创始人, 时任董事长).
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isHanAt } from "./context";
import { clauseStarts } from "./clause-scan";
import type { FoundName, OrgSpan } from "./discover";
import { chineseNameAt, isCommonWord } from "./names";
import { acceptable } from "./org-contexts";
import { countOf, plausibleShortName } from "./subject-names";

/** A head's title: what only an organisation has. */
const HEAD_TITLE = /^(?:联合创始人|创始人|CEO|首席执行官|董事长|总裁)(?:兼(?:CEO|首席执行官|董事长|总裁|CTO))?/;
/** Words before a title that are no name (联合创始人, 时任董事长, 前任CEO). */
const NOT_A_HOLDER = /^(?:联合|时任|前任|现任|原任|新任|首任|曾任|出任|担任|兼任|接任|继任)$/;
/** A title's own words in the run (创始人兼|CEO): the run is the title, no holder precedes it. */
const TITLE_WORD = /兼|创始|董事|总裁|首席/;
/** The first characters of HEAD_TITLE's words: every clause start is tried, and nearly none is followed by one. */
const HEAD_TITLE_FIRST = new Uint8Array(65536);
for (const c of "联创C首董总") HEAD_TITLE_FIRST[c.charCodeAt(0)] = 1;

export function officerSubjectNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  // the article's clause starts are read once for every scan (./clause-scan), not found again here
  for (const s of clauseStarts(text)) {
    for (let len = 2; len <= 4; len++) {
      const end = s + len;
      if (!isHanAt(text, end - 1)) break;
      if (HEAD_TITLE_FIRST[text.charCodeAt(end)] !== 1) continue;
      const title = HEAD_TITLE.exec(text.slice(end, end + 12));
      if (!title) continue;
      const found = holderBefore(t, taken, out, s, end, title[0].length);
      if (found) out.push(found);
      break;
    }
  }
  return out;
}

/**
 * The organisation s..end before a head's title of `titleLength`, or null. Its own function: the
 * closures below, written in the loop above, made V8 allocate the loop's scope at every clause
 * start to keep s and end for them, where a title follows a clause's first words rarely.
 */
function holderBefore(t: ArticleText, taken: OrgSpan[], out: FoundName[], s: number, end: number, titleLength: number): FoundName | null {
  const text = t.simp;
  const name = text.slice(s, end);
  const person = chineseNameAt(text, end + titleLength);
  if (!person || !person.strongSurname) return null;
  if (taken.some((o) => o.start < end && o.end > s) || out.some((f) => f.name === name)) return null;
  if (NOT_A_HOLDER.test(name) || TITLE_WORD.test(name) || isCommonWord(name) || !acceptable(name) || !plausibleShortName(name) || countOf(text, name) < 2) return null;
  return { type: "company", name, confidence: 0.7, evidence: sentenceAt(t, s), at: s };
}
