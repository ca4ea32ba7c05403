/**
 * Flags characters lost in a bad conversion rather than guessing them: a "?" inside a clause
 * that asks nothing (規?臻g, 非?,) and U+FFFD replacement characters. A "?" that ends a
 * question (…嗎?, 為何…拐點?) is punctuation and stays unflagged.
 */
import type { Repair } from "../types";
import { toSimplified } from "../../text/script";

// Words that make a clause a question, checked on the simplified form.
const QUESTION_WORDS =
  /吗|呢|么|何|怎|哪|谁|几|多少|多快|多长|多高|是否|能否|可否|有没有|是不是|难道|岂|吧|啊|嘛|不成|如何|为啥|咋|多久|多大|多远|[?？]$/;
const CLAUSE_BREAK = /[。！!？?；;，,：:\n“”"「」『』]/;

export function flagLostBytes(text: string, block: number): Repair[] {
  const flags: Repair[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\uFFFD") {
      flags.push({ kind: "lost-bytes", block, offset: i, from: text.slice(i, i + 3), to: "", applied: false });
      continue;
    }
    if (ch !== "?") continue;
    const before = text[i - 1] ?? "";
    if (!/\p{Script=Han}/u.test(before)) continue;
    let start = i - 1;
    while (start > 0 && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
    const clause = toSimplified(text.slice(start, i));
    if (QUESTION_WORDS.test(clause)) continue;
    flags.push({ kind: "lost-bytes", block, offset: i, from: text.slice(i, i + 3), to: "", applied: false });
  }
  return flags;
}
