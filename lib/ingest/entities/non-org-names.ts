/**
 * Shapes a finder can read as an organisation's name that name none (issue 15): a town's or a
 * village's own name, a phrase of someone's term of office, and a post chained to the next by 兼.
 * Checked on every discovered name, so no one finder has to know them all.
 */
import { titleEndingAt } from "./titles";

/**
 * A town, a township or a village named alone (…镇, …乡, …村): a place, like 北京市 or 海淀区; its
 * government or party committee is named with an organisation word after it (…镇政府, …镇党委).
 */
export const LOCAL_PLACE = /^[\u4e00-\u9fff]{1,7}(?:镇|乡|村)$/;

/** 任内 / 任期内 / 在任 (during someone's term): a time phrase opening a clause, no name's first characters. */
const TERM_OF_OFFICE = /^(?:任内|任期内|在任)/;

/**
 * A post, then 兼 (创办人兼…, 创始人兼…): the run is a chain of posts (创始人兼行政总裁) whose last
 * post the finder did not know, never an organisation that holds it.
 */
function opensWithChainedPost(name: string): boolean {
  const at = name.indexOf("兼");
  return at >= 2 && titleEndingAt(name.toLowerCase(), at) !== null;
}

/** The discovered name is one of the shapes above, so no organisation. */
export function namesNoOrganisation(name: string): boolean {
  return LOCAL_PLACE.test(name) || TERM_OF_OFFICE.test(name) || opensWithChainedPost(name);
}
