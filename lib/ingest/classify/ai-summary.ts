/**
 * A summary box a site's model wrote, printed above the article (AI摘要 / one paragraph / 以上摘要由AI
 * 生成，仅供参考): the paragraph reads as prose, so the body would open with it. It is the site's
 * machine-written digest of the article, not the article; the box's own notice says so, and its
 * label names it. Only at the body's opening, where such boxes stand.
 */

// "以上摘要由AI生成，仅供参考", "（本摘要由大模型生成）", "内容由AI智能生成": the box's notice.
const AI_NOTICE = /^[(（【\[]?\s*(?:以上|以下|本|该)?(?:摘要|总结|导读|要点|内容)(?:内容)?\s*(?:由|为|系)\s*(?:AI|人工智能|大模型|智能助手|模型)\s*(?:智能)?(?:生成|提炼|总结|整理)/iu;
// "AI摘要：…", "【AI导读】…": the box's label opening its paragraph.
const AI_LABELLED = /^\s*[【\[]?\s*(?:AI|智能)(?:摘要|总结|导读|速览|要点)\s*[】\]]?\s*[:：]\s*\S/iu;
/** Body items the box may take before its notice (the label's line, the summary's paragraphs). */
const BOX_REACH = 3;
/** The notice is a line, not a paragraph that mentions a model's summary. */
const NOTICE_MAX = 40;

/** How many of the body's first items are a machine-written summary box (0 when there is none). */
export function aiSummaryItems(texts: string[]): number {
  for (let k = 0; k <= BOX_REACH && k < texts.length - 1; k++) {
    const t = texts[k]!.trim();
    if (t.length <= NOTICE_MAX && AI_NOTICE.test(t)) return k + 1;
  }
  return texts.length > 1 && AI_LABELLED.test(texts[0]!) ? 1 : 0;
}
