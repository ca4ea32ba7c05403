/**
 * A two-character organisation alias read inside a longer word is no mention: 港大 in 海港|大道
 * straddles two words, 北大 in 河北|大学 ends a province, 滴滴 in 一滴滴 is a doubled measure word.
 * The trie scan is leftmost-longest over aliases only, so it cannot see that the characters
 * around the alias bind to it more tightly; these checks look one character each way.
 */
import { isHanAt } from "./context";

/**
 * Place and road words of two characters whose one half is often the head or tail of a short
 * alias: a harbour or region word before it (海港, 河北), a road or building word after it (大道, 大厦).
 */
const PLACE_WORDS = new Set(
  "海港 军港 商港 渔港 河港 东北 西北 华北 湖北 河北 台北 北京 南京 东京 大道 大街 大桥 大厦 大楼 大院".split(" "),
);
/** Characters that count a doubled measure word (一滴滴, 两点点). */
const COUNTERS = new Set("一二两三几每".split(""));

/** Whether the alias at [start, end) of `text` is the half of a longer word, not a name of its own. */
export function aliasInsideWord(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || !isHanAt(text, start) || !isHanAt(text, start + 1)) return false;
  if (isHanAt(text, start - 1) && PLACE_WORDS.has(text.slice(start - 1, start + 1))) return true;
  if (isHanAt(text, end) && PLACE_WORDS.has(text.slice(end - 1, end + 1))) return true;
  // a doubled character after a counter or after another doubled one (一滴滴, 点点滴滴)
  if (text.charCodeAt(start) === text.charCodeAt(start + 1)) {
    const prev = text[start - 1];
    if (prev !== undefined && (COUNTERS.has(prev) || (isHanAt(text, start - 1) && text[start - 2] === prev))) return true;
  }
  return false;
}
