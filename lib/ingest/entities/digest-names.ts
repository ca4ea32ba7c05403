/**
 * Listed companies heading the entries of an announcement digest (午间公告：当升科技：…。金陵药业：…。):
 * a sentence that opens with a company-shaped name and a colon. One such sentence may be a
 * topic heading (人工智能：…), so the shape counts only when a paragraph holds two or more.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan } from "./discover";
import { isGenericStem, ORG_SUFFIX, PHRASE_CHARS } from "./org-words";

/** Endings of listed companies' names beside the general organisation suffixes (金陵药业, 亿纬锂能). */
const LISTED_TAIL = /(药业|医药|锂能|材料|能源|电气|机械|重工|化工|环保|光电|通信|电力|实业|制药|新材)$/;
/** A sentence or clause start (…公司讯，当升科技：), a Han run with no function characters, then a colon. */
const ENTRY = /(?:^|[。；！？，,;!?\n])([\u4e00-\u9fff]{2,8})[：:]/g;

export function digestNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  if (!text.includes("：") && !text.includes(":")) return [];
  const byParagraph = new Map<number, FoundName[]>();
  for (let m = ENTRY.exec(text); m; m = ENTRY.exec(text)) {
    const name = m[1]!;
    const at = m.index + m[0].length - name.length - 1;
    const suffix = ORG_SUFFIX.exec(name) ?? LISTED_TAIL.exec(name);
    if (!suffix || PHRASE_CHARS.test(name)) continue;
    const stem = name.slice(0, name.length - suffix[0].length);
    if (stem.length < 2 || isGenericStem(stem)) continue;
    if (taken.some((o) => o.start < at + name.length && o.end > at)) continue;
    const para = paragraphStart(text, at);
    const list = byParagraph.get(para) ?? [];
    list.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, at), at });
    byParagraph.set(para, list);
  }
  return [...byParagraph.values()].filter((l) => l.length >= 2).flat();
}

function paragraphStart(text: string, at: number): number {
  return text.lastIndexOf("\n", at) + 1;
}
