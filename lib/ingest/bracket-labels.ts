/**
 * Old CMS templates print the info row with each label in square brackets and no colon:
 * 【作者】X　【来源】Y　【发布时间】2024-03-05 10:21　【字号 大 中 小】　【打印】. Every field reader
 * looks for "label：value", so the row credited no one. On a line holding at least two such
 * bracketed field labels, each becomes "label：" (the toolbar's brackets stay as written); a lone
 * 【来源】 elsewhere, a headline's tag or a section's name, is left alone.
 */
import type { Block } from "./types";

const FIELD = "作者|作\\s*者|來源|来源|稿源|出处|出處|责任编辑|責任編輯|编辑|編輯|责编|責編|记者|記者|通讯员|通訊員|发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|时间|時間|日期";
const BRACKETED = new RegExp(`[【\\[]\\s*(${FIELD})\\s*[】\\]](?=\\s*[^\\s【\\[])`, "gu");
const MIN_FIELDS = 2;

export function normaliseBracketLabels(blocks: Block[]): Block[] {
  return blocks.map((b) => {
    if (!b.text.includes("】") && !b.text.includes("]")) return b;
    const found = b.text.match(BRACKETED);
    if (!found || found.length < MIN_FIELDS) return b;
    return { ...b, text: b.text.replace(BRACKETED, (_, label: string) => `${label}：`) };
  });
}
