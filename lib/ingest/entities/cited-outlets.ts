/**
 * Shapes in which a news outlet is only the source of what is reported, beyond its own dateline
 * next to the name (extract-entities' selfReference): a wire dateline with its city
 * (X巴黎12月9日电), a piece the outlet ran and the article retells (《X》网站10月1日发表题为…的报道,
 * 《X》近日刊登文章分析, 《X》引用…的话说, a screenshot's caption 《X》网站题为《…》),
 * and a digest's heading that is nothing but the outlet (英国《X》：). An outlet that acts otherwise
 * (《X》预测, 《X》调查) stays a mention, and so does a journal publishing a study (《X》杂志发表…研究).
 */

/** A city or country between the outlet and the date of its wire dateline (新华社|华盛顿|3月5日电). */
const PLACED_DATELINE = /^[\u4e00-\u9fff]{2,6}\d{1,2}月\d{1,2}日(?:电|讯)/;
/** When the piece ran, between the outlet (or its 网站) and the verb. */
const WHEN = "(?:在)?(?:近日|日前|此前|当天|当日|今天|昨天|本周|\\d{1,2}月\\d{1,2}日|\\d{1,2}日)?";
/** The outlet ran the piece the article retells, or quoted someone in it. */
const RAN_PIECE = new RegExp(`^》?(?:网站|网)?${WHEN}(?:发表|刊登|刊发|刊载|刊出|登载|引用|引述)`);
/** A screenshot's caption or a line naming the piece: 《X》网站题为《…》的报道. */
const TITLED_PIECE = /^》?(?:网站)?题为《/;
/** A heading line that is only the outlet, a country before it and a colon after it (美国《X》：). */
const HEADING_BEFORE = /(?:^|\n)[\u4e00-\u9fff]{0,6}《?$/;
const HEADING_AFTER = /^》?[：:]\s*(?:\n|$)/;

/** The outlet named at [start, end) of the simplified text is cited as a source there. */
export function citedOutlet(simp: string, start: number, end: number): boolean {
  const after = simp.slice(end, end + 16);
  if (PLACED_DATELINE.test(after) || RAN_PIECE.test(after) || TITLED_PIECE.test(after)) return true;
  return HEADING_AFTER.test(after) && HEADING_BEFORE.test(simp.slice(Math.max(0, start - 8), start));
}
