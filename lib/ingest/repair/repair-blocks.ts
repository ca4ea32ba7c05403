/**
 * Runs the text repairs over every block, in an order where each helps the next: mojibake
 * first (it can reveal Chinese), then pinyin annotations, then converter slips, then flags
 * for bytes that were lost for good.
 */
import type { Block, Repair } from "../types";
import { repairMojibake } from "./mojibake";
import { removePinyinAnnotations } from "./pinyin";
import { fixWrongCharacters } from "./wrong-characters";
import { flagLostBytes } from "./lost-bytes";

export function repairBlocks(blocks: Block[]): { blocks: Block[]; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const out = blocks.map((b) => {
    const m = repairMojibake(b.text, b.index);
    const p = removePinyinAnnotations(m.text, b.index);
    const w = fixWrongCharacters(p.text, b.index);
    repairs.push(...m.repairs, ...p.repairs, ...w.repairs, ...flagLostBytes(w.text, b.index));
    return w.text === b.text ? b : { ...b, text: w.text };
  });
  return { blocks: out, repairs };
}
