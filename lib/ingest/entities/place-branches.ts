/**
 * A known organisation's company in a city or a country, written right after it with no 分
 * (柯达|中国北京|公司, 柯达|北京|公司, X集团|中国|公司): the local company is its own entity under the
 * parent, as a 分公司 is (groupBranchNames). The place is one of the general place list.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan } from "./discover";
import { overlapsAny } from "./spans";
import { isPlaceName } from "./institution-names";

const PLACE_COMPANY = /^(?:中国)?([\u4e00-\u9fff]{2,3}?)?市?公司/;

export function placeBranchNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!text.includes("公司")) return out;
  const seen = new Set<string>();
  for (const o of taken) {
    if (seen.has(o.name) || o.name.length < 2 || o.name.endsWith("公司")) continue;
    seen.add(o.name);
    // every mention of the known name, not only the span found: the branch is often named once, later
    for (let at = text.indexOf(o.name); at !== -1; at = text.indexOf(o.name, at + 1)) {
      const nameEnd = at + o.name.length;
      const m = PLACE_COMPANY.exec(text.slice(nameEnd, nameEnd + 8));
      if (!m) continue;
      // 中国 alone, a place, or 中国 and a place: never a bare 公司 (柯达公司 is the company itself)
      const place = m[1];
      if (place === undefined ? !m[0].startsWith("中国") : !isPlaceName(place)) continue;
      const end = nameEnd + m[0].length;
      const name = text.slice(at, end);
      if (overlapsAny(taken, nameEnd, end) || out.some((f) => f.name === name)) continue;
      out.push({ type: "company", name, confidence: 0.8, evidence: sentenceAt(t, at), at, parent: { name: o.name, slug: o.slug } });
    }
  }
  return out;
}
