/**
 * Organisations named as what a deal buys or sells a stake in (拟收购|远洋星辰物流|股权,
 * 收购控股子公司|德国凯伦|少数股权): only an organisation has 股权 or 股份 to sell, so the run
 * between the deal verb and the stake is its name, however unknown and unsuffixed it is.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundName, OrgSpan } from "./discover";
import { isGenericStem, PHRASE_CHARS } from "./org-words";
import { isCommonWord } from "./names";
import { containsAny, wordTable } from "./word-hits";

/** Deal verb, an optional pointer to a subsidiary, the name, then how much of the stake (…|51%|的|股权). */
const STAKE_DEAL =
  /(?:收购|入股|增持|减持|出售|转让|受让|退出|清仓)(?:了)?(?:其|该|公司)?(?:(?:控股|全资|参股)?子公司)?([\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:公司)?(?:(?:\d+(?:\.\d+)?%|全部|部分|少数|多数|剩余|其余)的?)?(?:股权|股份)/dg;
/** What stands where a name would but is none (收购|公司|股权, 增持|本公司|股份, 收购|标的|股权). */
const NOT_A_NAME = /^(?:其|该|本|此|上述|前述|标的|目标|对方|部分|全部|剩余|少数|多数|控股|参股|合资|上市|母|子|公司|集团|企业|股东|大股东|管理层|员工|个人|外资|国有|国资)/;

/** 股权 or 股份, without which no stake is dealt (looked up in the shared pass over the article). */
const STAKE_WORDS = wordTable(["股权", "股份"]);

export function stakeNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (!containsAny(text, STAKE_WORDS)) return out;
  for (const m of text.matchAll(STAKE_DEAL)) {
    const name = m[1]!;
    const s = m.indices![1]![0];
    if (name.length < 2 || /^\d/.test(name) || /[的了和与及等]/.test(name) || NOT_A_NAME.test(name) || PHRASE_CHARS.test(name) || isGenericStem(name) || isCommonWord(name)) continue;
    if (taken.some((o) => o.start < s + name.length && o.end > s)) continue;
    out.push({ type: "company", name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
