/**
 * Chooses the article body as the contiguous run of blocks with the highest score (maximum
 * subarray): prose scores its length, headings and labels cost a little, boilerplate costs a lot.
 * Short headings between paragraphs are cheap to bridge; menus and footers are not.
 */

export interface SpanInput {
  length: number;
  paragraphLike: boolean;
  /** Already known not to be body (boilerplate, metadata, teaser). */
  excluded: boolean;
  /**
   * The HTML cascade placed the block inside the chosen content region: a short line there is
   * the article's heading, list item or table row, so bridging it costs nothing.
   */
  core?: boolean;
  /** A picture's credit (新京报记者 X 摄): it sits between two paragraphs of the article it illustrates. */
  insert?: boolean;
}

const SHORT_LINE_COST = 8;
const EXCLUDED_MIN_COST = 30;

export function blockScore(b: SpanInput): number {
  // Inside the chosen region, a boilerplate insert (a 推荐阅读 box, a share line) between two parts
  // of the article is cut but does not split it; outside, boilerplate walls the body off.
  if (b.excluded) return b.core || b.insert ? -SHORT_LINE_COST : -Math.max(EXCLUDED_MIN_COST, b.length);
  if (b.paragraphLike) return b.length;
  return b.core ? 0 : -SHORT_LINE_COST;
}

/** Inclusive [start, end] of the best span, or null when nothing scores above zero. */
export function bestSpan(blocks: SpanInput[]): { start: number; end: number } | null {
  let best = 0;
  let bestRange: { start: number; end: number } | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < blocks.length; i++) {
    const s = blockScore(blocks[i]!);
    if (sum <= 0) {
      sum = s;
      start = i;
    } else {
      sum += s;
    }
    if (sum > best) {
      best = sum;
      bestRange = { start, end: i };
    }
  }
  return bestRange;
}
