/**
 * Finds blocks that repeat other blocks: teasers (导读/摘要/highlights) and pull-quotes that
 * only restate a paragraph of the body. Of two blocks where one equals or begins the other,
 * the shorter (or, when equal, the earlier) is the copy.
 */
import { foldForCompare } from "../../text/fold";

const PREFIX_KEY = 16;
const MIN_LENGTH = 8;

/** Strips a teaser label and a trailing ellipsis so "摘要:……..." compares with the paragraph it cuts. */
function comparable(text: string): string {
  return foldForCompare(text)
    .replace(/^(导读|導讀|摘要|内容摘要|內容摘要|核心提示|提要|highlights?)[:：]/i, "")
    .replace(/(\.{2,}|…+)$/, "");
}

/** Maps each block (index into `texts`) that is a copy of another block to the block it copies. */
export function findCopies(texts: string[], eligible: (i: number) => boolean): Map<number, number> {
  const keys = texts.map(comparable);
  const byPrefix = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (!eligible(i) || k.length < MIN_LENGTH) return;
    const p = k.slice(0, Math.min(PREFIX_KEY, k.length));
    const list = byPrefix.get(p) ?? [];
    list.push(i);
    byPrefix.set(p, list);
  });
  // Short blocks key on their whole text; look them up under longer blocks' prefixes too.
  const copies = new Map<number, number>();
  const prefixes = [...byPrefix.keys()];
  for (const i of keys.keys()) {
    if (!eligible(i) || keys[i]!.length < MIN_LENGTH) continue;
    const ki = keys[i]!;
    const bucket = byPrefix.get(ki.slice(0, Math.min(PREFIX_KEY, ki.length))) ?? [];
    const candidates = ki.length < PREFIX_KEY ? prefixes.filter((p) => p.startsWith(ki)).flatMap((p) => byPrefix.get(p)!) : bucket;
    for (const j of candidates) {
      if (j === i) continue;
      const kj = keys[j]!;
      if (!kj.startsWith(ki)) continue;
      if (ki.length < kj.length || (ki.length === kj.length && i < j)) {
        copies.set(i, j);
        break;
      }
    }
  }
  return copies;
}
