/**
 * Some sites label their fields with a character that only looks like a colon: the ratio sign ∶
 * (U+2236) or a small or vertical form (﹕ ︰): 作者∶林小川 / 来源∶南方周末. Every field reader
 * looks for ： or :, so such a line was read as prose and kept in the body. After a field's label
 * the look-alike is turned into ：; elsewhere it stays as written: between digits (比分3∶1) it is
 * a ratio, and Hong Kong prose writes ︰ for a colon (表示︰“…”), which the body keeps.
 */
import type { Block } from "./types";

const LOOKALIKE =
  /(?<=(?:作者|來源|来源|稿源|出处|出處|编辑|編輯|责编|責編|记者|記者|通讯员|通訊員|撰文|编译|編譯|摄影|攝影|审核|審核|校对|校對|时间|時間|日期|发布|發布|发表|發表|浏览|瀏覽|阅读|閱讀|点击|點擊|字号|字號|标签|標籤)\s?)[∶﹕︰]/gu;

export function normaliseLabelColons(blocks: Block[]): Block[] {
  if (!blocks.some((b) => /[∶﹕︰]/.test(b.text))) return blocks;
  return blocks.map((b) => (/[∶﹕︰]/.test(b.text) ? { ...b, text: b.text.replace(LOOKALIKE, "：") } : b));
}

// "来　源：市科技局　　作　者：李明远": a government page sets its two-character labels apart with a
// space (ideographic or not) inside, to align them with longer ones; the field readers look for 来源：.
// Only a known label's two halves, at a field's start and before a colon, are joined.
const SPACED_LABELS = ["来源", "來源", "作者", "编辑", "編輯", "记者", "記者", "日期", "时间", "時間", "出处", "出處", "稿源", "责编", "責編", "审核", "審核", "校对", "校對", "发布", "發布"];
const SPACED_LABEL = new RegExp(`(?<=^|[\\s|｜丨])(${SPACED_LABELS.map((l) => `${l[0]}[ \\u3000]+${l[1]}`).join("|")})(?=[ \\u3000]*[:：])`, "gu");

export function joinSpacedLabels(blocks: Block[]): Block[] {
  if (!blocks.some((b) => /\p{Script=Han}[ \u3000]+\p{Script=Han}[ \u3000]*[:：]/u.test(b.text))) return blocks;
  return blocks.map((b) => {
    const text = b.text.replace(SPACED_LABEL, (m) => m.replace(/[ \u3000]+/gu, ""));
    return text === b.text ? b : { ...b, text };
  });
}
