/**
 * toSimplified for metadata lines, remembered: every resolver reads the same few header and
 * trailer lines in simplified form (labels are matched there), and the conversion is the
 * costliest step of reading a line. The memory is bounded and cleared when full.
 */
import { toSimplified } from "../../text/script";

const MAX_ENTRIES = 4000;
const memo = new Map<string, string>();

export function simplifiedLine(line: string): string {
  let s = memo.get(line);
  if (s === undefined) {
    if (memo.size >= MAX_ENTRIES) memo.clear();
    s = toSimplified(line);
    memo.set(line, s);
  }
  return s;
}
