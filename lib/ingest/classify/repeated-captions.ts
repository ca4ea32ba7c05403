/**
 * Captions of a dump's gallery: a product review or a photo story prints each picture's caption
 * under it, and when the caption is the subject's name it is the same line again and again,
 * one to a few between paragraphs. A dumper that hides pictures without alt text (lynx) leaves
 * only those lines, which then read as a wall of duplicates splitting the article. A short line
 * printed at least three times, each time between paragraphs of prose, is such a caption: cut
 * like a copy, but bridged like a picture's caption (body-span.ts `insert`).
 */

export interface CaptionLine {
  /** The line's folded text (features.norm). */
  norm: string;
  /** Short, no sentence in it: a caption's or a name's shape. */
  captionShape: boolean;
  /** A paragraph of prose the span can keep. */
  prose: boolean;
}

/** Times the line must be printed: a headline shown twice (crumb, title) is not a gallery. */
const MIN_REPEATS = 3;
/** Lines of a run of captions between two paragraphs (two captions under each of three pictures). */
const MAX_RUN = 6;

export function repeatedCaptions(lines: CaptionLine[]): Set<number> {
  const counts = new Map<string, number>();
  for (const l of lines) if (l.captionShape && l.norm !== "") counts.set(l.norm, (counts.get(l.norm) ?? 0) + 1);
  const caption = (i: number) => lines[i]!.captionShape && (counts.get(lines[i]!.norm) ?? 0) >= MIN_REPEATS;
  const out = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    if (!caption(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && caption(j + 1)) j++;
    // Only a run with prose right above and right below it: a gallery inside the article.
    if (j - i + 1 <= MAX_RUN && i > 0 && j + 1 < lines.length && lines[i - 1]!.prose && lines[j + 1]!.prose) for (let k = i; k <= j; k++) out.add(k);
    i = j + 1;
  }
  return out;
}
