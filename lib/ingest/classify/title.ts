/**
 * Picks the title among the blocks before the body: a line of headline length that sits just
 * above the metadata/date line or the body, and whose words come back in the body.
 */

export interface TitleCandidate {
  index: number;
  text: string;
  norm: string;
  length: number;
  /** Block is a heading element (HTML) — a strong hint. */
  heading: boolean;
}

function bigrams(text: string): Set<string> {
  const s = new Set<string>();
  const t = text.replace(/[^\p{Script=Han}a-z0-9]/gu, "");
  for (let i = 0; i + 1 < t.length; i++) s.add(t.slice(i, i + 2));
  return s;
}

/** Share of the candidate's character bigrams that occur in the body. */
function agreement(candidate: string, bodyBigrams: Set<string>): number {
  const grams = bigrams(candidate);
  if (grams.size === 0) return 0;
  let hit = 0;
  for (const g of grams) if (bodyBigrams.has(g)) hit++;
  return hit / grams.size;
}

const MIN_SCORE = 1.5;
const SUBTITLE = /^\s*(?:——|—|--|－－)/;

export function pickTitle(
  candidates: TitleCandidate[],
  opts: { bodyStart: number; metadataIndices: Set<number>; bodyNorm: string },
): TitleCandidate | null {
  const bodyGrams = bigrams(opts.bodyNorm);
  let best: { c: TitleCandidate; score: number } | null = null;
  for (const c of candidates) {
    if (c.length < 5 || c.length > 90) continue;
    if (/[。]$/.test(c.text)) continue;
    // The original headline of a re-titled story, a bare time, or a labelled field is not the title.
    // ——副标题 under a headline is the headline's second line, not the headline
    if (SUBTITLE.test(c.text) && candidates.some((o) => o.index === c.index - 1 && o.length >= 4 && !/[。]$/.test(o.text))) continue;
    if (/^[(（]?原标题|^[\d\s:：\-/.年月日今天昨天前小时分钟]+$|^(发布|时间|日期|来源|作者|编辑|记者|责编|浏览|阅读)/.test(c.norm)) continue;
    let score = 0;
    // A date/byline line right under a headline is the strongest structural signal.
    for (let k = 1; k <= 3; k++) if (opts.metadataIndices.has(c.index + k)) score += 3 / k;
    const distance = opts.bodyStart - c.index;
    score += distance <= 0 ? 0 : 2 / Math.sqrt(distance);
    score += 3 * agreement(c.norm, bodyGrams);
    if (c.length >= 8 && c.length <= 45) score += 1;
    if (c.heading) score += 2;
    if (!best || score > best.score) best = { c, score };
  }
  return best && best.score >= MIN_SCORE ? best.c : null;
}
