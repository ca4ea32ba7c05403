/**
 * A discovered name whose suffix word is the first half of a longer word in the text was cut
 * inside that word: 中国人民政治协|商会 read out of 政治协商会议 ends at 会 of 会议, so the
 * association suffix (商会, 协会) it seemed to end with is not there.
 */

/** Last character of a name's suffix → the characters that make it the head of another word. */
const CONTINUED = new Map<string, string>([["会", "议"]]);

/** Whether `name` found at `at` of `text` stops inside a word the next character completes. */
export function cutInsideWord(text: string, name: string, at: number): boolean {
  const end = at + name.length;
  if (text.slice(at, end) !== name) return false;
  const next = CONTINUED.get(name[name.length - 1] ?? "");
  return next !== undefined && end < text.length && next.includes(text[end]!);
}
