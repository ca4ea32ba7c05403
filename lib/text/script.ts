/**
 * Chinese script conversion (traditional ⇄ simplified) and script detection, via OpenCC tables.
 * The converters are made at first use and build their tables lazily (./opencc-lazy), so a
 * process that converts little does not pay for whole dictionaries at start-up.
 */
import { lazyConverter } from "./opencc-lazy";

let toSimplifiedConverter: ((text: string) => string) | null = null;
let toTraditionalConverter: ((text: string) => string) | null = null;

export function toSimplified(text: string): string {
  toSimplifiedConverter ??= lazyConverter("hk2s");
  return toSimplifiedConverter(text);
}

export function toTraditional(text: string): string {
  toTraditionalConverter ??= lazyConverter("s2tw");
  return toTraditionalConverter(text);
}

export type Script = "simplified" | "traditional";

/** A text is traditional when converting it to simplified changes a noticeable share of its Han characters. */
export function detectScript(text: string): Script {
  // The first 4,000 Han characters, without collecting every one of a long text first.
  const han = /\p{Script=Han}/gu;
  let sample = "";
  let count = 0;
  for (let m = han.exec(text); m && count < 4000; m = han.exec(text), count++) sample += m[0];
  if (count === 0) return "simplified";
  const simplified = toSimplified(sample);
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== simplified[i]) changed++;
  return changed / sample.length > 0.04 ? "traditional" : "simplified";
}
