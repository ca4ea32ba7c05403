/**
 * A photo gallery numbers each picture's caption (1/8, 2/8 … 8/8) in a span glued to the caption's
 * text. The counter is the slideshow's position, no word of the caption, and it sits in front of
 * every caption's first sentence. Only a run that counts up one by one against the same total
 * is taken for a gallery's counters: a lone "3/4" opening a line may be a score or a fraction.
 */
import type { Block } from "./types";

const COUNTER = /^\s*(\d{1,3})\s*[/／]\s*(\d{1,3})\s*(?=\S)/;
/** Captions in a row that must count up before the numbers are read as a slideshow's. */
const MIN_RUN = 3;

export function stripGalleryCounters(blocks: Block[]): Block[] {
  const counters = blocks.map((b) => {
    const m = COUNTER.exec(b.text);
    // the caption must go on in words, not in more figures (1/8 000 is no counter)
    return m && /^\p{Script=Han}|^[“"《(（A-Za-z]/u.test(b.text.slice(m[0].length)) ? { at: Number(m[1]), of: Number(m[2]), length: m[0].length } : null;
  });
  // "1/87月26日，…": a caption opening with a figure glues it to the total; its neighbours' counters tell where the total ends.
  const exact = (k: number, at: number, of: number) => {
    const m = new RegExp(`^\\s*${at}\\s*[/／]\\s*${of}`).exec(blocks[k]!.text);
    return m && m[0].length < blocks[k]!.text.trim().length ? { at, of, length: m[0].length } : null;
  };
  for (let k = 1; k < blocks.length; k++) {
    const prev = counters[k - 1];
    if (prev && counters[k]?.of !== prev.of) counters[k] = exact(k, prev.at + 1, prev.of) ?? counters[k] ?? null;
  }
  for (let k = blocks.length - 2; k >= 0; k--) {
    const next = counters[k + 1];
    if (next && next.at > 1 && counters[k]?.of !== next.of) counters[k] = exact(k, next.at - 1, next.of) ?? counters[k] ?? null;
  }
  const strip = new Set<number>();
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j + 1 < blocks.length && counters[j] && counters[j + 1] && counters[j + 1]!.of === counters[j]!.of && counters[j + 1]!.at === counters[j]!.at + 1) j++;
    const first = counters[i];
    if (first && j - i + 1 >= MIN_RUN && first.at <= 2 && counters[j]!.at <= first.of) for (let k = i; k <= j; k++) strip.add(k);
    i = j + 1;
  }
  const stripped = strip.size === 0 ? blocks : blocks.map((b, k) => (strip.has(k) ? { ...b, text: b.text.slice(counters[k]!.length) } : b));
  return dropCounterLines(stripped);
}

const COUNTER_LINE = /^\s*(\d{1,3})\s*[/／]\s*(\d{1,3})\s*$/;

/**
 * A slideshow may set each counter in a block of its own beside the caption (<em>2</em>/6 over
 * the caption's <p>). Such lines, counting up one by one against one total with other blocks
 * between them, are the viewer's positions: they go whole. A lone 3/4 line is left alone.
 */
function dropCounterLines(blocks: Block[]): Block[] {
  const lines = blocks.flatMap((b, k) => {
    const m = COUNTER_LINE.exec(b.text);
    return m ? [{ k, at: Number(m[1]), of: Number(m[2]) }] : [];
  });
  const drop = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]!.of === lines[i]!.of && lines[j + 1]!.at === lines[j]!.at + 1) j++;
    if (j - i + 1 >= MIN_RUN && lines[i]!.at <= 2 && lines[j]!.at <= lines[i]!.of) for (let k = i; k <= j; k++) drop.add(lines[k]!.k);
    i = j + 1;
  }
  if (drop.size === 0) return blocks;
  return blocks.filter((_, k) => !drop.has(k)).map((b, index) => ({ ...b, index }));
}
