/**
 * A live page's entries each open with a meta line of the entry's time and the name of who posted
 * it (15:32 顾远帆): the same name on every entry, the host's byline repeated, not a word of the
 * entry. The time stays (it belongs to the entry); the name goes. Only a run of such lines naming
 * one name is read so: a lone "15:32 开幕" may be a schedule's line.
 */
import type { Block } from "./types";

const TIME_NAME = /^(\s*(?:\d{1,2}月\d{1,2}日\s*)?\d{1,2}:\d{2}(?::\d{2})?)\s+([\p{Script=Han}A-Za-z·]{2,10})\s*$/u;
/** Entry lines naming the same poster before the name is read as a byline. */
const MIN_ENTRIES = 3;

export function stripEntryTimeNames(blocks: Block[]): Block[] {
  const matches = blocks.map((b) => TIME_NAME.exec(b.text));
  const counts = new Map<string, number>();
  for (const m of matches) if (m) counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + 1);
  const names = new Set([...counts].filter(([, n]) => n >= MIN_ENTRIES).map(([name]) => name));
  if (names.size !== 1) return blocks;
  return blocks.map((b, i) => {
    const m = matches[i];
    return m && names.has(m[2]!) ? { ...b, text: m[1]!.trim() } : b;
  });
}
