/**
 * A transliterated name written without its middle dot, glossed in Latin right after it and set
 * after a title (英国首相约翰逊(Boris Johnson), 美联储主席鲍威尔（Jerome Powell）): the title says a
 * person holds it, and the gloss bounds the name and says it is a person's full name.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { NOT_PERSON_WORD } from "./speech-names";
import { titleEndingAt } from "./titles";
import { ORG_SUFFIX } from "./org-words";
import { containsAny, wordProduct, wordTable } from "./word-hits";

/** A bracketed Latin full name: two or three capitalised words. */
export const GLOSS = /[(（]([A-Z][a-z]+(?:[ -][A-Z][a-z'-]+){1,2})[)）]/g;
/** A parenthesis and a capital, how every GLOSS match starts: looked up in the shared pass before the pattern scans the article. */
export const GLOSS_OPEN = wordTable(wordProduct(["(", "（"], [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"]));
/** Characters no transliterated name holds: function words and verbs (的, 是, 与 …). */
export const NOT_IN_TRANSLIT = /[的了是在和与及等也都就这那其该各为对从于把被将已说称表示]/;
/** Titles that are no one's office (记者 bylines an article). */
const NOT_AN_OFFICE = new Set(["记者", "编辑"]);

export function glossedNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!containsAny(text, GLOSS_OPEN)) return out;
  for (const m of text.matchAll(GLOSS)) {
    if (m[1]!.split(/[ -]/).some((w) => NOT_PERSON_WORD.test(w))) continue;
    const end = m.index;
    for (const len of [4, 3, 2]) {
      const s = end - len;
      const run = text.slice(s, end);
      if (s < 1 || !/^[\u4e00-\u9fff]+$/.test(run) || NOT_IN_TRANSLIT.test(run)) continue;
      // an organisation glossed in Latin (光辉国际（Korn Ferry）) ends in its kind
      if (ORG_SUFFIX.test(run)) break;
      const title = titleEndingAt(t.low, s);
      if (!title || NOT_AN_OFFICE.has(title)) continue;
      if (!orgs.some((o) => o.start < end && o.end > s) && !people.some((p) => p.start < end && p.end > s)) {
        out.push({ type: "person", name: run, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
      }
      break;
    }
  }
  return out;
}
