/**
 * The maker of a product a notice names (彰化縣台友食品社所製造之「醬油瓜子」, X食品厂生产的…): the run
 * before 所制造之/所生产的 that ends in a maker's kind (厂, 食品社, 作坊, 公司…) is that maker, from its
 * place (X县/X市) or from a joiner. A pointer or a kind (该厂, 一家食品厂, 黑作坊) is none.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isHanAt } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { overlapsAny } from "./spans";
import { isGenericStem, PHRASE_CHARS, TRADE_TAIL } from "./org-words";
import { containsAny, wordProduct, wordTable } from "./word-hits";

export const MADE_BY = /所(?:生产|制造|出品|加工|灌装)(?:之|的)/g;
/** Every MADE_BY match as a word: looked up in the shared pass before the pattern scans the article. */
export const MADE_BY_WORDS = wordTable(wordProduct(["所"], ["生产", "制造", "出品", "加工", "灌装"], ["之", "的"]));
const MAKER_KIND = /(?:食品厂|加工厂|工厂|厂|食品社|社|作坊|坊|公司|商行)$/;
/** Where the maker's name starts inside the run: after a joiner or a lead (及|彰化县…, 分别|X厂). */
const LEAD_CUT = /^.*(?:及|和|与|由|为|是|系|、|分别|均为|均系|属于|另有|还有|也有|包括|其中|发现|显示)/;
const NOT_A_NAME = /^(?:当地|本地|外地|其他|多家|小|黑|无证|该|某|这|那|此|一|二|三|四|五|六|七|八|九|十|两|几)|[\d０-９]/;

export function makerNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!containsAny(text, MADE_BY_WORDS)) return out;
  for (const m of text.matchAll(MADE_BY)) {
    const end = m.index;
    let s = end;
    while (s > end - 16 && s > 0 && isHanAt(text, s - 1)) s--;
    // a place with its mark opens the name (彰化县|新圣兴蜜饯厂); else a joiner or a lead ends the run before it
    const run = text.slice(s, end);
    const mark = Math.max(run.lastIndexOf("县"), run.lastIndexOf("市"));
    if (mark >= 2) s += mark - 2;
    else s += LEAD_CUT.exec(run)?.[0].length ?? 0;
    const name = text.slice(s, end);
    const kind = MAKER_KIND.exec(name) ?? TRADE_TAIL.exec(name);
    if (!kind) continue;
    const stem = name.slice(0, kind.index);
    if (stem.length < 2 || name.length > 14 || NOT_A_NAME.test(stem) || PHRASE_CHARS.test(stem) || isGenericStem(stem)) continue;
    if (overlapsAny(taken, s, end) || out.some((f) => f.name === name)) continue;
    out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
