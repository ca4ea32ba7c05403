/**
 * A page's breadcrumb starts at the site's home, and many sites call that crumb by the site's
 * name (北青网 > 科技 > 正文) where others call it 首页. In a text copy of such a page (select-all,
 * a dump) no <title> or meta tag names the site, so the first crumb is the site's own name for the
 * own-site source (own-site-source.ts), read before the footer's copyright holder (the company or
 * paper behind the site, not the name the site goes by). Only a trail of three crumbs or more, near
 * the top, whose first crumb has an outlet's ending (网, 报, 新闻…) counts: a line of a few words
 * with arrows is otherwise anything.
 */
import { crumbsOf } from "./breadcrumb";

const LEAD_IN = /^\s*(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|位置)\s*[:：]\s*/u;
const OUTLET_CRUMB = /^[\p{Script=Han}A-Za-z0-9]{1,10}(?:网|报|新闻|在线|之家|头条|客户端)$/u;
const TOP_LINES = 12;
const LINE_MAX = 60;
const MIN_CRUMBS = 3;

export function crumbSite(lines: string[]): string | null {
  for (const line of lines.slice(0, TOP_LINES)) {
    if (line.length > LINE_MAX) continue;
    const crumbs = crumbsOf(line.replace(LEAD_IN, "").trim(), true);
    if (crumbs.length < MIN_CRUMBS || crumbs.some((c) => c.length === 0)) continue;
    const first = crumbs[0]!;
    if (OUTLET_CRUMB.test(first) && !/^(?:首页|主页|新闻|网站)/u.test(first)) return first;
  }
  return null;
}
