/**
 * A company said to be founded by someone (由X于2014年创立, 由X创办): the founder is a person, in
 * Latin script as often as in Han (由Alex Zhavoronkov于2014年创立). The verb must follow the name,
 * perhaps after a date, so 由 before an organisation (由红杉中国领投) names nobody.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt, latinNameAt } from "./names";
import { containsAny, wordTable } from "./word-hits";

/** After the name: a date perhaps, then a verb of founding. */
export const FOUNDED_AFTER = /^(?:于[^，。,]{1,12}?)?(?:联合|共同|一手)?(?:创立|创办|创建|创始)/;

/** What joins two founders' names. */
const JOINED = /^[和与及、]$/;

export const FOUNDING = /创立|创办|创建|创始(?!人)/;
/** FOUNDING's words without its look-ahead: one of them is in every match, looked up in the shared pass first. */
export const FOUNDING_WORDS = wordTable(["创立", "创办", "创建", "创始"]);

export function founderNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const out: FoundName[] = [];
  const text = t.simp;
  // most articles say nobody founded anything: a look for the verb first
  if (!containsAny(text, FOUNDING_WORDS) || !FOUNDING.test(text)) return out;
  for (let k = text.indexOf("由"); k !== -1; k = text.indexOf("由", k + 1)) {
    const at = k + 1;
    if (people.some((p) => p.start === at) || orgs.some((o) => o.start < at + 2 && o.end > at)) continue;
    const latin = latinNameAt(t.original, at);
    const zh = latin ? null : chineseNameAt(text, at);
    const name = latin && latin.name.includes(" ") ? latin : zh && zh.strongSurname ? zh : null;
    if (!name) continue;
    // two founders joined (由X和Y共同创办): the verb follows the second, and both are founders
    const second = JOINED.test(text[name.end] ?? "") ? chineseNameAt(text, name.end + 1) : null;
    const last = second && second.strongSurname && !orgs.some((o) => o.start < second.end && o.end > name.end + 1) ? second : null;
    if (!FOUNDED_AFTER.test(text.slice((last ?? name).end, (last ?? name).end + 16))) continue;
    out.push({ type: "person", name: name.name, confidence: 0.75, evidence: sentenceAt(t, at), at });
    if (last) out.push({ type: "person", name: last.name, confidence: 0.75, evidence: sentenceAt(t, at), at: name.end + 1 });
  }
  return out;
}
