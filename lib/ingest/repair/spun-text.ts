/**
 * Detects text rewritten by synonym-swapping tools (伪原创) and offers a restored reading.
 * The table lists swaps such tools are known to make in technology writing. A swap is
 * "certain" when the spun form is not a phrase a writer would use in this domain; only
 * certain swaps go into the restored reading, and only when enough distinct swaps appear.
 */

interface Swap {
  spun: string;
  original: string;
  certain: boolean;
  /** A character before the spun form that makes it a legitimate word (标新立异). */
  notAfter?: string;
}

const SWAPS: Swap[] = [
  { spun: "家养智能", original: "人工智能", certain: true },
  { spun: "人为智能", original: "人工智能", certain: true },
  { spun: "大模子", original: "大模型", certain: true },
  { spun: "模子磨炼", original: "模型训练", certain: true },
  { spun: "立异", original: "创新", certain: true, notAfter: "新" },
  { spun: "深度进修", original: "深度学习", certain: true },
  { spun: "机械进修", original: "机器学习", certain: true },
  { spun: "机械学习", original: "机器学习", certain: true },
  { spun: "神经收集", original: "神经网络", certain: true },
  { spun: "互联网络", original: "互联网", certain: false },
  { spun: "合计机视觉", original: "计算机视觉", certain: true },
  { spun: "合计机", original: "计算机", certain: true },
  { spun: "守业公司", original: "创业公司", certain: true },
  { spun: "守业者", original: "创业者", certain: true },
  { spun: "磨炼数据", original: "训练数据", certain: true },
  { spun: "开源模子", original: "开源模型", certain: true },
  { spun: "睁开论坛", original: "发展论坛", certain: true },
  { spun: "黑白常", original: "是非常", certain: true },
  { spun: "外洋", original: "海外", certain: false },
  { spun: "横三竖四", original: "胡说八道", certain: false },
];

export interface SpunAnalysis {
  spun: boolean;
  /** Distinct swaps seen, with counts. */
  hits: { spun: string; original: string; count: number; certain: boolean }[];
}

/** At least this many distinct certain swaps before a text is called spun. */
const MIN_DISTINCT = 2;

function occurrences(text: string, swap: Swap): number[] {
  const at: number[] = [];
  let i = text.indexOf(swap.spun);
  while (i !== -1) {
    if (!(swap.notAfter && text[i - 1] === swap.notAfter)) at.push(i);
    i = text.indexOf(swap.spun, i + swap.spun.length);
  }
  return at;
}

export function analyseSpun(simplifiedText: string): SpunAnalysis {
  const hits = SWAPS.filter((s) => s.spun !== s.original)
    .map((s) => ({ spun: s.spun, original: s.original, certain: s.certain, count: occurrences(simplifiedText, s).length }))
    .filter((h) => h.count > 0);
  const certainDistinct = hits.filter((h) => h.certain).length;
  return { spun: certainDistinct >= MIN_DISTINCT, hits };
}

/** The certain swaps, longest first, so 模子磨炼 wins over 大模子. */
const CERTAIN = SWAPS.filter((s) => s.certain && s.spun !== s.original).sort((a, b) => b.spun.length - a.spun.length);

/**
 * Applies the certain swaps, longest first. Each swap's occurrences (found in the text as the
 * swaps before it left it) are replaced in one join: a slice-and-concatenate per occurrence made
 * the next search flatten the whole text again, most of the garbage a spun article made.
 */
export function restoreSpun(text: string): string {
  let out = text;
  for (const swap of CERTAIN) {
    const at = occurrences(out, swap);
    if (at.length === 0) continue;
    const parts: string[] = [];
    let last = 0;
    for (const i of at) {
      parts.push(out.slice(last, i), swap.original);
      last = i + swap.spun.length;
    }
    parts.push(out.slice(last));
    out = parts.join("");
  }
  return out;
}
