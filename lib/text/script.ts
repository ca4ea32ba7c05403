/** Chinese script conversion (traditional ⇄ simplified) and script detection, via OpenCC tables. */
import * as OpenCC from "opencc-js";

const toSimplifiedConverter = OpenCC.Converter({ from: "hk", to: "cn" });
const toTraditionalConverter = OpenCC.Converter({ from: "cn", to: "tw" });

export function toSimplified(text: string): string {
  return toSimplifiedConverter(text);
}

export function toTraditional(text: string): string {
  return toTraditionalConverter(text);
}

export type Script = "simplified" | "traditional";

/** A text is traditional when converting it to simplified changes a noticeable share of its Han characters. */
export function detectScript(text: string): Script {
  const han = text.match(/\p{Script=Han}/gu);
  if (!han || han.length === 0) return "simplified";
  const sample = han.slice(0, 4000).join("");
  const simplified = toSimplified(sample);
  let changed = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] !== simplified[i]) changed++;
  return changed / sample.length > 0.04 ? "traditional" : "simplified";
}
