/**
 * Fixes characters that script converters get wrong in a predictable way, such as 傢 for 家
 * (傢 is only right in 傢俱/傢具/傢伙/傢什). Each rule names the contexts where the character is right.
 */
import type { Repair } from "../types";

interface Rule {
  wrong: string;
  right: string;
  /** Characters that, following `wrong`, make it correct. */
  keepBefore: string;
}

const RULES: Rule[] = [
  { wrong: "傢", right: "家", keepBefore: "俱具伙什" },
];

export function fixWrongCharacters(text: string, block: number): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const rule = RULES.find((r) => r.wrong === ch);
    if (!rule || rule.keepBefore.includes(text[i + 1] ?? "")) {
      out += ch;
      continue;
    }
    repairs.push({ kind: "wrong-character", block, offset: i, from: ch, to: rule.right, applied: true });
    out += rule.right;
  }
  return { text: out, repairs };
}
