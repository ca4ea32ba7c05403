/**
 * A repost often glues its credit to the end of the last sentence (…突破1万亿元。【来源：浙江日报】,
 * or in round brackets with the writer: …。（本文来源：X 作者：Y）), an agency its editor's (…。（編輯：X）
 * and a release code).
 * Read as one block, the paragraph is either cut as a credit line (and the sentence lost) or kept
 * with the credit in the body. Split off, the credit is a line of its own that the classifier
 * files as an origin line under the body, and the sentence stays the body's.
 */
import type { Block } from "./types";

// Prose (a run of Han text ending a sentence), then one bracketed 来源-type claim and nothing else.
const CLAIM = String.raw`(?:来源|稿源|出处|文章来源|本文来源|稿件来源|转自)\s*[:：]`;
const GLUED = new RegExp(String.raw`^(.*\p{Script=Han}{6}.*[。！？”])\s*(【\s*${CLAIM}[^【】]{2,30}】|[（(]\s*${CLAIM}[^（）()]{2,40}[）)])\s*$`, "u");

// An agency's story closing with its editor in brackets and perhaps its release code, glued to the last
// sentence: …。（編輯：X）YYYMMDD (the code: the year of the Republic of China calendar, the month and the day).
const GLUED_EDITOR = /^(.*\p{Script=Han}{6}.*[。！？”])\s*([（(]\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：][^（）()]{2,20}[）)]\s*(?:\d{7})?)\s*$/u;
const MAY_GLUE = /[】）)]$|[）)]\d{7}$/;

export function splitGluedCredits(blocks: Block[]): Block[] {
  if (!blocks.some((b) => MAY_GLUE.test(b.text))) return blocks;
  const out: Block[] = [];
  for (const b of blocks) {
    const m = MAY_GLUE.test(b.text) ? (GLUED.exec(b.text) ?? GLUED_EDITOR.exec(b.text)) : null;
    if (!m) out.push({ ...b, index: out.length });
    else out.push({ ...b, index: out.length, text: m[1]! }, { ...b, index: out.length + 1, text: m[2]!, linkDensity: 0 });
  }
  return out;
}
