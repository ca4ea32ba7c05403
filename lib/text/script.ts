/**
 * Chinese script conversion (traditional ⇄ simplified) and script detection, via OpenCC tables.
 * The converters are made at first use and build their tables lazily (./opencc-lazy), so a
 * process that converts little does not pay for whole dictionaries at start-up.
 */
import { lazyConverter, type LazyConverter } from "./opencc-lazy";
import { processShared } from "../process-shared";

type Convert = (text: string) => string;

// One pair per process, not per Next.js bundle: a converter's first call builds its tables
// (~40 ms of the loop at a server's first search), and the server makes them at start
// (lib/data/warm-at-start.ts) from a bundle no route shares modules with.
const converters = processShared<{ toSimplified: LazyConverter | null; toTraditional: Convert | null }>("text.openccConverters", () => ({
  toSimplified: null,
  toTraditional: null,
}));

function simplifier(): LazyConverter {
  return (converters.toSimplified ??= lazyConverter("hk2s"));
}

export function toSimplified(text: string): string {
  return simplifier()(text);
}

export function toTraditional(text: string): string {
  converters.toTraditional ??= lazyConverter("s2tw");
  return converters.toTraditional(text);
}

export type Script = "simplified" | "traditional";

const SAMPLE_HAN = 4000;

/** A text is traditional when converting it to simplified changes a noticeable share of its Han characters. */
export function detectScript(text: string): Script {
  // The first 4,000 Han characters (code points), without collecting every one of a long text
  // first. Runs of them are matched, not single characters: the same sample, without a match
  // object and a one-character string per character (garbage for every article).
  const han = /\p{Script=Han}+/gu;
  let sample = "";
  let count = 0;
  for (let m = han.exec(text); m && count < SAMPLE_HAN; m = han.exec(text)) {
    const run = m[0];
    let end = 0;
    while (end < run.length && count < SAMPLE_HAN) {
      end += run.codePointAt(end)! > 0xffff ? 2 : 1;
      count++;
    }
    sample += end === run.length ? run : run.slice(0, end);
  }
  if (count === 0) return "simplified";
  return traditionalShare(sample) > TRADITIONAL_SHARE ? "traditional" : "simplified";
}

const TRADITIONAL_SHARE = 0.04;

/**
 * The share of `sample`'s code units that differ, position by position, from its simplified
 * form. The sample is converted stretch by stretch, and the count stops as soon as the share
 * exceeds TRADITIONAL_SHARE: the positions counted so far stay counted whatever follows, as long
 * as every stretch so far kept its length (so positions after it still line up). A stretch that
 * changes length makes the whole conversion compared, as before.
 */
function traditionalShare(sample: string): number {
  let changed = 0;
  let aligned = true;
  simplifier().eachRun(sample, (start, end, converted) => {
    if (converted.length !== end - start) {
      aligned = false;
      return true;
    }
    for (let k = 0; k < converted.length; k++) if (sample.charCodeAt(start + k) !== converted.charCodeAt(k)) changed++;
    return changed / sample.length > TRADITIONAL_SHARE;
  });
  if (aligned) return changed / sample.length;
  const simplified = toSimplified(sample);
  changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) !== simplified.charCodeAt(i)) changed++;
  return changed / sample.length;
}
