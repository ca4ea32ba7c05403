/**
 * Foreign people written in Han characters chosen for their sound, with no middle dot and no post
 * before them, who speak at the head of a clause (卡瓦尼表示, 梅嫩德斯则称): the surname table cannot
 * read such a name, and transliterated-post-names wants a post. Here the speech verb vouches for a
 * person and the characters for the name: three to five characters, every one a character
 * transliterations use, opening the clause. Countries, places and names already read as an
 * organisation's speak the same way and are skipped.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isHanAt } from "./context";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { isCountryName, isPlaceName } from "./institution-names";
import { isCommonWord } from "./names";
import { overlapsAny } from "./spans";
import { speaksOrMovesAt } from "./speech-names";
import { wordHits, wordProduct, wordTable } from "./word-hits";
import { soundNameAt } from "./transliterated-post-names";

const CONFIDENCE = 0.75;
/**
 * Speech verbs, perhaps after 也/还/则/再次, that a clause-opening name says (表示, 称, 说, 指出…):
 * each match's start is tried as a name's end. The words are read in the shared pass over the article (word-hits), not by a scan of the whole text of its own.
 */
const SPEECH_AT = wordTable(wordProduct(["也", "还", "则", "再次", ""], ["表示", "说", "称", "指出", "认为", "强调", "透露", "坦言", "回应", "呼吁", "警告", "批评"]));
/** A one-character adverb before the verb: speaksOrMovesAt reads the verb after it. */
const ADVERB = /^(?:也|还|则)/;

export function soundedSpeakers(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (const { at: end } of wordHits(text, SPEECH_AT)) {
    // the run before the verb, read back to the clause's start
    let s = end;
    while (s > 0 && isHanAt(text, s - 1) && end - s < 6) s--;
    if (end - s < 3 || end - s > 5 || (s > 0 && isHanAt(text, s - 1))) continue;
    const name = soundNameAt(text, s);
    if (name === null || s + name.length !== end) continue;
    if (isCommonWord(name) || isCountryName(name) || isPlaceName(name)) continue;
    if (overlapsAny(orgs, s, end) || overlapsAny(people, s, end)) continue;
    if (!speaksOrMovesAt(text, end + (ADVERB.test(text[end]!) ? 1 : 0))) continue;
    out.push({ type: "person", name, confidence: CONFIDENCE, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
