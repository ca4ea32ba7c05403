/**
 * Finds blocks that repeat other blocks: teasers (导读/摘要/highlights) and pull-quotes that
 * only restate a paragraph of the body. Of two blocks where one equals or begins the other,
 * the shorter (or, when equal, the earlier) is the copy. A block of whole sentences found inside
 * a longer block, not at its start, is a copy too: a feature's pull quote may lift a paragraph's
 * closing sentence (site-feature-pull-quotes-captions).
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
  for (const [i, j] of sentencesInside(keys, eligible)) if (!copies.has(i)) copies.set(i, j);
  return copies;
}

/** A lifted passage must be this long (folded characters) to count as a copy of the block holding it. */
const LIFTED_MIN = 15;
/** A sentence's stop, with any closing quote after it. */
const STOP = /[。!?！？]["”’」』]?/g;
const ENDS_SENTENCE = /[。!?！？]["”’」』]?$/;
/** What may stand before a lifted passage in the block holding it: it starts a clause there. */
const CLAUSE_BEFORE = /[,，。!?！？;；:："“”」』]$/;
/** Characters before a stop that key the index. */
const TAIL = 8;

/**
 * Blocks ending a sentence that stand inside a longer block, past its start (which the prefix
 * pass covers) and from a clause's start: each maps to the block holding it. A pull quote lifts
 * a clause or two from a paragraph's middle or end. Indexed by the characters before each stop,
 * so a page costs one pass over each block rather than a comparison of every pair.
 */
function sentencesInside(keys: string[], eligible: (i: number) => boolean): Map<number, number> {
  const holder = new Map<string, number[]>();
  keys.forEach((k, j) => {
    if (!eligible(j)) return;
    for (const m of k.matchAll(STOP)) {
      const end = m.index + m[0].length;
      if (end < TAIL) continue;
      const tail = k.slice(end - TAIL, end);
      const list = holder.get(tail) ?? [];
      if (list[list.length - 1] !== j) list.push(j);
      holder.set(tail, list);
    }
  });
  const found = new Map<number, number>();
  keys.forEach((k, i) => {
    if (!eligible(i) || k.length < LIFTED_MIN || !ENDS_SENTENCE.test(k)) return;
    const j = (holder.get(k.slice(-TAIL)) ?? []).find((j) => {
      const at = j === i || keys[j]!.length <= k.length ? -1 : keys[j]!.indexOf(k);
      return at > 0 && CLAUSE_BEFORE.test(keys[j]!.slice(0, at));
    });
    if (j !== undefined) found.set(i, j);
  });
  return found;
}

/**
 * Of two equal blocks the earlier is taken for the copy (a teaser above the body it restates),
 * but when a section opener (相关新闻, 评论) stands between them, the later one is in the page's
 * tail, after the article: a comment box pre-filled with the lead, a list quoting it. That one is
 * the copy, and the lead stays the article's. Changes `copies` in place.
 */
export function laterCopyInTail(copies: Map<number, number>, norms: string[], opensSection: (i: number) => boolean, prose: (i: number) => boolean): void {
  // Only the page's first paragraph, above its first opener: what a tail box quotes is the lead (a
  // comment box pre-filled with it, a share card). A later block repeated in the tail (an author's
  // card printed twice) or a menu printed at the top and the bottom is no article's text either way.
  let lead = -1;
  for (let k = 0; k < norms.length && lead === -1; k++) {
    if (opensSection(k)) return;
    if (prose(k)) lead = k;
  }
  if (lead === -1) return;
  for (const [i, j] of [...copies]) {
    if (i !== lead || j <= i || norms[i] !== norms[j]) continue;
    let opener = false;
    for (let k = i + 1; k < j && !opener; k++) opener = opensSection(k);
    if (!opener) continue;
    copies.delete(i);
    copies.set(j, i);
  }
}
