/**
 * A research body's field written between its own name and its kind (衡川|人工智能|研究院, 启明|数字|实验室):
 * the name proper is the short run before the field, so a stem read back from the suffix must
 * first step over the field word. Only the fields a lab or institute names itself by are listed;
 * the name before them must still be more than generic words (./org-words' isGenericStem).
 */
import { isGenericStem } from "./org-words";

/** Fields that sit between a name and 研究院/研究所/实验室 (longest first, so 人工智能 wins over 智能). */
const LAB_FIELDS = ["人工智能", "大模型", "数字", "智能", "信息", "数据", "算法", "机器人"];
/** The kinds a field may precede: research bodies, not firms (X智能科技 is a firm's full name, read elsewhere). */
const RESEARCH_KINDS: ReadonlySet<string> = new Set(["研究院", "研究所", "实验室"]);

/**
 * Where the field word before a research suffix at `suffixAt` starts, or -1: the field must end
 * right at the suffix and the run before it must not itself end in another field word.
 */
export function fieldStartBefore(text: string, suffixAt: number, suffix: string): number {
  if (!RESEARCH_KINDS.has(suffix)) return -1;
  for (const f of LAB_FIELDS) {
    const at = suffixAt - f.length;
    if (at >= 2 && text.startsWith(f, at)) return at;
  }
  return -1;
}

/** The name proper before the field is a name, not more description (国家|人工智能|研究院 is none). */
export function properStemOk(stem: string): boolean {
  return stem.length >= 2 && !isGenericStem(stem);
}
