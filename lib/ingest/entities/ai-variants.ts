/**
 * Chinese organisation names are written both with "AI" and with 人工智能 (a lab's short name
 * with AI, its official name spelled out), and a gazetteer should not have to list both. Only
 * an "AI" wedged in Chinese is a spelling of 人工智能: no Latin letter or space either side (so
 * never the one in OpenAI or "AI Lab"), and a Han character on at least one side.
 */
import { charBefore } from "./context";

const HAN = /[\u3400-\u9fff]/;
const LATIN_OR_SPACE = /[A-Za-z\s]/;

function standaloneAiAt(name: string, i: number): boolean {
  const before = charBefore(name, i) ?? "";
  const after = name[i + 2] ?? "";
  if (LATIN_OR_SPACE.test(before) || LATIN_OR_SPACE.test(after)) return false;
  return HAN.test(before) || HAN.test(after);
}

/** The other spelling of `name` (AI ⇄ 人工智能), or null when it has none. */
export function aiSpellingVariant(name: string): string | null {
  if (name.includes("人工智能")) return name.replaceAll("人工智能", "AI");
  let out = "";
  let changed = false;
  for (let i = 0; i < name.length; i++) {
    if (name.startsWith("AI", i) && standaloneAiAt(name, i)) {
      out += "人工智能";
      changed = true;
      i++;
    } else out += name[i];
  }
  return changed ? out : null;
}

/** `names` plus their AI ⇄ 人工智能 spellings, first-seen order, no repeats. */
export function withAiSpellings(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    out.add(n);
    const v = aiSpellingVariant(n);
    if (v) out.add(v);
  }
  return [...out];
}
