/**
 * Shapes a finder can read as an organisation's name that name none (issue 15): a town's or a
 * village's own name, a phrase of someone's term of office, and a post chained to the next by 兼.
 * Checked on every discovered name, so no one finder has to know them all.
 */
import { LOCAL_AREA } from "./org-words";
import { titleEndingAt } from "./titles";

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
  // a town, township or village alone is a place, like 北京市; its government is named with an
  // organisation word after it (…镇政府, …镇党委)
  return LOCAL_AREA.test(name) || TERM_OF_OFFICE.test(name) || opensWithChainedPost(name);
}
