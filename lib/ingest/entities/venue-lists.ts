/**
 * Shops, hotels and pharmacies an inspection or a visit lists (先后来到华天酒店、怀仁药房、泰来药业和…等):
 * local news names small businesses by a name and the trade of the premises, and a 、-list of two
 * or more such names is a list of businesses. Only the items ending in a trade are taken; the rest
 * of the list (人民医院, 各乡镇) may be generic.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { isClauseBreakAt, isHan } from "./context";
import type { FoundName, OrgSpan } from "./discover";
import { overlapsAny } from "./spans";
import { isGenericStem, PHRASE_CHARS, TRADE_TAIL } from "./org-words";
import { isPlaceName } from "./institution-names";
import { wordHits, wordTable } from "./word-hits";

/** The premises a small business is named by (general vocabulary). */
const VENUES = "大酒店|酒店|宾馆|饭店|酒楼|大药房|药房|药店|超市|商场|商行|餐厅|食府";
const VENUE_TAIL = new RegExp(`(?:${VENUES})$`);
/** The same words anywhere: a list of businesses holds two premises, and most articles name none (read in the shared pass over the article (word-hits), not a scan of the whole text of its own). */
const VENUE_WORD = wordTable(VENUES.split("|"));
/** What ends the run before the first item's name: a place mark, a pointer, a verb of going (来到|该县|华天酒店). */
const FIRST_ITEM_CUT = /^.*[县市省区镇乡村该到在了对向从和与及往赴至]/;
/** What closes the last item (…泰来药业|等). */
const LAST_ITEM_END = /(?:等|共|[一二三四五六七八九十两几多\d]+家).*$/;
const NOT_IN_NAME = /[一二三四五六七八九十两几多某\d]/;
/** Stems that say what kind of premises, not which (连锁|药房, 大型|超市, 星级|酒店, 社区|药店). */
const KIND_STEM = /(?:连锁|大型|小型|中型|星级|高档|豪华|快捷|经济型|平价|社区|便利|网上|线上|网络|农贸|周边|附近|当地|本地|各大|知名|老字号|国营|私营|个体|无证|黑|定点|指定|医保|零售|批发|综合|专业|主题|精品|特色|城区|乡镇|农村|街边|路边|校园|景区|涉事|问题)$/;

function tailed(name: string): RegExpExecArray | null {
  return VENUE_TAIL.exec(name) ?? TRADE_TAIL.exec(name);
}

/** A business's name: a stem of two to six characters before the trade that says which one, not what kind. */
function businessName(name: string): boolean {
  const m = tailed(name);
  if (!m) return false;
  const stem = name.slice(0, m.index);
  return stem.length >= 2 && stem.length <= 6 && [...name].every((c) => isHan(c)) && !PHRASE_CHARS.test(stem.replace(/和/g, "")) && !NOT_IN_NAME.test(stem) && !isGenericStem(stem) && !KIND_STEM.test(stem) && !isPlaceName(stem);
}

export function venueListNames(t: ArticleText, taken: OrgSpan[]): FoundName[] {
  const text = t.simp;
  const out: FoundName[] = [];
  if (wordHits(text, VENUE_WORD).length < 2) return out;
  for (let at = text.indexOf("、"); at !== -1; ) {
    let s = at;
    while (s > 0 && !isClauseBreakAt(text, s - 1)) s--;
    let e = at;
    while (e < text.length && !isClauseBreakAt(text, e)) e++;
    at = text.indexOf("、", e);
    const items: { start: number; end: number }[] = [];
    let p = s;
    const pieces = text.slice(s, e).split("、");
    for (const [k, piece] of pieces.entries()) {
      let start = p;
      let end = p + piece.length;
      if (k === 0) start += FIRST_ITEM_CUT.exec(piece)?.[0].length ?? 0;
      if (k === pieces.length - 1) {
        end -= LAST_ITEM_END.exec(piece)?.[0].length ?? 0;
        // the last two joined (泰来药业|和|人民医院): each is an item when the first ends in a trade
        const join = /^(.{2,8}?)(?:和|与|及)(.{2,8})$/.exec(text.slice(start, end));
        if (join && tailed(join[1]!)) {
          items.push({ start, end: start + join[1]!.length });
          start = end - join[2]!.length;
        }
      }
      items.push({ start, end });
      p += piece.length + 1;
    }
    const named = items.filter((i) => businessName(text.slice(i.start, i.end)));
    // two premises make it a list of businesses (one may be a chance word among places or kinds); a
    // trade alone does not (起重机械、农用机械 are kinds of machine), though it rides along in such a list
    const premises = named.filter((i) => VENUE_TAIL.test(text.slice(i.start, i.end))).length;
    if (premises < 2 || named.length * 2 < items.length) continue;
    for (const i of named) {
      if (overlapsAny(taken, i.start, i.end)) continue;
      out.push({ type: "company", name: text.slice(i.start, i.end), confidence: 0.75, evidence: sentenceAt(t, i.start), at: i.start });
    }
  }
  return out;
}
