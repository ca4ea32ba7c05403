/**
 * A person counted and described before their name (另一位核心管理者X于2019年加入, 一位早期员工X
 * 表示): 位 counts only people, so what follows the description is a person's name where the
 * surname table vouches for it and the person then speaks or moves posts.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt, isParty } from "./names";
import { speaksOrMovesAt } from "./speech-names";
import { containsAny, wordTable } from "./word-hits";

/** 一位, looked up in the shared pass over the article rather than scanned for. */
const ONE_WORD = wordTable(["一位"]);

/** (另)一位 and a short description ending in a word for a person (员工, 者, 人, 员, 高管, 成员). */
const COUNTED = /(?:另|又)?一位([\u4e00-\u9fff]{0,8}?(?:员工|者|人|员|高管|成员))/g;
const CONFIDENCE = 0.75;

export function countedNames(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!containsAny(text, ONE_WORD)) return out;
  for (let m = COUNTED.exec(text); m; m = COUNTED.exec(text)) {
    const at = m.index + m[0].length;
    if (people.some((p) => p.start === at) || orgs.some((o) => o.start < at + 2 && o.end > at)) continue;
    const zh = chineseNameAt(text, at);
    if (!zh || !zh.strongSurname || isParty(zh.name) || zh.name.includes("某") || !speaksOrMovesAt(text, zh.end)) continue;
    out.push({ type: "person", name: zh.name, confidence: CONFIDENCE, evidence: sentenceAt(t, at), at });
  }
  return out;
}
