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

/** The first rule for each one-unit wrong character (a longer `wrong` never matches a single unit). */
const RULE_BY_UNIT = new Map<number, Rule>();
for (const r of RULES) if (r.wrong.length === 1 && !RULE_BY_UNIT.has(r.wrong.charCodeAt(0))) RULE_BY_UNIT.set(r.wrong.charCodeAt(0), r);

export function fixWrongCharacters(text: string, block: number): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  // Nearly every block holds none of the wrong characters: it is returned as it is, not rebuilt
  // a character at a time (a string per Han character for the collector).
  if (RULES.every((r) => !text.includes(r.wrong))) return { text, repairs };
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const rule = RULE_BY_UNIT.get(text.charCodeAt(i));
    if (!rule || rule.keepBefore.includes(text[i + 1] ?? "")) continue;
    repairs.push({ kind: "wrong-character", block, offset: i, from: rule.wrong, to: rule.right, applied: true });
    out += text.slice(from, i) + rule.right;
    from = i + 1;
  }
  return { text: out + text.slice(from), repairs };
}
