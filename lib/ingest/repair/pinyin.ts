/**
 * Removes pinyin annotations that traditional-script converters splice into text:
 * 引領(lǐng) → 引領, even inside Latin words: O(shè)penAI → OpenAI.
 * Only parentheses holding a single tone-marked pinyin syllable are touched, so real
 * parentheses such as 人工智能(AI) or (作者系…) stay.
 */
import type { Repair } from "../types";

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
// initial? + final with at least one tone-marked vowel; no spaces, no capitals, ≤ 7 letters.
const SYLLABLE = `(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[a-zü${TONED}]*[${TONED}][a-zü${TONED}]*`;
const ANNOTATION = new RegExp(`[(（](${SYLLABLE})[)）]`, "gu");
// An annotation whose "(" was lost with other bytes: 變?yōu)… — the "?" stays as a lost-bytes hole.
const ORPHAN_ANNOTATION = new RegExp(`\\?(${SYLLABLE})[)）]`, "gu");

export function removePinyinAnnotations(text: string, block: number): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const out = text.replace(ANNOTATION, (match: string, syllable: string, offset: number) => {
    if (syllable.length > 7) return match;
    const before = text[offset - 1] ?? "";
    // An annotation follows the character it annotates: a Han character or a Latin letter.
    if (!/[\p{Script=Han}A-Za-z]/u.test(before)) return match;
    repairs.push({ kind: "pinyin-annotation", block, offset, from: match, to: "", applied: true });
    return "";
  });
  const final = out.replace(ORPHAN_ANNOTATION, (match: string, syllable: string, offset: number) => {
    if (syllable.length > 7) return match;
    repairs.push({ kind: "pinyin-annotation", block, offset, from: match.slice(1), to: "", applied: true });
    return "?";
  });
  return { text: final, repairs };
}
