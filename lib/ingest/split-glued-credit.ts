/**
 * A repost often glues its credit to the end of the last sentence (…突破1万亿元。【来源：浙江日报】,
 * or in round brackets with the writer: …。（本文来源：X 作者：Y）).
 * Read as one block, the paragraph is either cut as a credit line (and the sentence lost) or kept
 * with the credit in the body. Split off, the credit is a line of its own that the classifier
 * files as an origin line under the body, and the sentence stays the body's.
 */
import type { Block } from "./types";

// Prose (a run of Han text ending a sentence), then one bracketed 来源-type claim and nothing else.
const CLAIM = String.raw`(?:来源|稿源|出处|文章来源|本文来源|稿件来源|转自)\s*[:：]`;
const GLUED = new RegExp(String.raw`^(.*\p{Script=Han}{6}.*[。！？”])\s*(【\s*${CLAIM}[^【】]{2,30}】|[（(]\s*${CLAIM}[^（）()]{2,40}[）)])\s*$`, "u");
const CLOSED = /[】）)]$/u;

export function splitGluedCredits(blocks: Block[]): Block[] {
  if (!blocks.some((b) => CLOSED.test(b.text))) return blocks;
  const out: Block[] = [];
  for (const b of blocks) {
    const m = CLOSED.test(b.text) ? GLUED.exec(b.text) : null;
    if (!m) out.push({ ...b, index: out.length });
    else out.push({ ...b, index: out.length, text: m[1]! }, { ...b, index: out.length + 1, text: m[2]!, linkDensity: 0 });
  }
  return out;
}
