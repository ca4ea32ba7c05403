/**
 * A foreign name written in Han with its middle dot, vouched for without a title or a speech verb:
 * glossed by its Latin spelling in brackets (28岁的茉莉·西尔斯（Jasmine Seales）患有…), or followed by
 * a pronoun saying who the person is (德国的迈克尔·布兰德，他是…). One dot also joins places and
 * slogans (中国·杭州, 东京·银座), which carry neither.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { isCountryName, isPlaceName } from "./institution-names";
import { isCommonWord, transliteratedNameAt } from "./names";
import { PHRASE_CHARS } from "./org-words";
import { overlapsAny } from "./spans";

/** The Latin spelling right after the name: two to four capitalised words in brackets. */
const LATIN_GLOSS = /^[（(]\s*[A-Z][a-z]+(?:[ .-]+[A-Z][A-Za-z]*){1,3}\s*[)）]/;
/** A pronoun and a copula or a post verb opening the next clause: who the person is. */
const PRONOUN_SAYS_WHO = /^[，,]\s*(?:他|她)(?:曾|也|则|目前|现在)?(?:是|系|为|任|担任)/;
/** Where the first part starts: after a particle, a verb or a mark that cannot be part of a name. */
const BEFORE_NAME = /[的是和与及对向把被将为由叫名、，。；：！？“”（）\s]/;
const FIRST_PART_MAX = 6;
/** A place before the dot (中国·杭州, 东京·银座) makes a dateline or an event's name, not a person's. */
const PLACE_END = /(?:国|省|市|州|县|区|岛|港|城|镇|村)$/;
/** A transliterated part is short: a longer run after the dot holds a verb or a word (银座|举行). */
const LAST_PART_MAX = 5;

export function glossedDottedNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  for (let dot = text.indexOf("·"); dot !== -1; dot = text.indexOf("·", dot + 1)) {
    // back to the first part's start: at most a few Han characters, stopping after a word that opens no name
    let s = dot;
    while (s > 0 && dot - s < FIRST_PART_MAX && /[\u4e00-\u9fff]/.test(text[s - 1]!) && !BEFORE_NAME.test(text[s - 1]!)) s--;
    if (s === dot || (s > 0 && /[\u4e00-\u9fff·]/.test(text[s - 1]!) && !BEFORE_NAME.test(text[s - 1]!))) continue;
    const name = transliteratedNameAt(text, s, (e) => LATIN_GLOSS.test(text.slice(e, e + 40)) || PRONOUN_SAYS_WHO.test(text.slice(e, e + 8)));
    if (!name) continue;
    const first = text.slice(s, dot);
    if (PLACE_END.test(first) || isPlaceName(first) || isCountryName(first)) continue;
    const last = name.name.slice(name.name.lastIndexOf("·") + 1);
    if (last.length > LAST_PART_MAX || PHRASE_CHARS.test(name.name) || isCommonWord(last)) continue;
    const after = text.slice(name.end, name.end + 40);
    if (!LATIN_GLOSS.test(after) && !PRONOUN_SAYS_WHO.test(after)) continue;
    // a book or programme title (《外交·大家谈》) is no name
    if (text.lastIndexOf("《", s) > text.lastIndexOf("》", s)) continue;
    if (overlapsAny(orgs, s, name.end) || overlapsAny(people, s, name.end)) continue;
    out.push({ type: "person", name: name.name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
    dot = name.end - 1;
  }
  return out;
}
