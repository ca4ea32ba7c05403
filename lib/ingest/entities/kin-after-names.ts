/**
 * A whole name with the person's kin right after it (向X家人致歉, X父母, X的遗孀): only a person has a
 * family, so the name is one when the article names it so twice (the title and the body, or two
 * sentences). A surname and one character before kin is too often a family's name (李家|父母).
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { wholeNameEndingAt } from "./comrade-names";
import { overlapsAny } from "./spans";
import { wordHits, wordProduct, wordTable } from "./word-hits";

/** (?:的)?(?:家人|家属|父母|遗孀|亲属), read in the shared pass over the article (word-hits), not by a scan of the whole text of its own. */
const KIN = wordTable(wordProduct(["的", ""], ["家人", "家属", "父母", "遗孀", "亲属"]));
/** What may stand right before the name: no Han at all, or a preposition or a joiner. */
const BEFORE_NAME = /[向和与及、对把由给为同跟让请替]/;
const NAME_LEN = 3;

export function kinAfterNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const sightings = new Map<string, number[]>();
  for (const { at } of wordHits(text, KIN)) {
    const s = at - NAME_LEN;
    const zh = wholeNameEndingAt(text, at, NAME_LEN, BEFORE_NAME);
    if (!zh) continue;
    if (overlapsAny(orgs, s, zh.end) || overlapsAny(people, s, zh.end)) continue;
    sightings.set(zh.name, [...(sightings.get(zh.name) ?? []), s]);
  }
  const out: FoundName[] = [];
  for (const [name, at] of sightings) {
    if (at.length < 2) continue;
    out.push({ type: "person", name, confidence: 0.75, evidence: sentenceAt(t, at[0]!), at: at[0]! });
  }
  return out;
}
