/**
 * A column's tag before the headline's bar (中英对照｜X, 早报｜X) is no part of the headline. The
 * closed list of tags (COLUMN_PREFIX) misses a site's own columns; the page itself shows one: the
 * same word is a crumb of the breadcrumb (首页 › 中英对照 › 正文), or opens other headlines on the
 * page with the same bar (the column's related list).
 */
import { crumbsOf } from "./breadcrumb";

const TAGGED = /^([\p{Script=Han}A-Za-z0-9]{2,8})\s*[｜|丨]\s*(\S.{3,})$/u;
const LINE_MAX = 80;
const OTHER_HEADLINES = 2;

export function withoutColumnTag(title: string, lines: string[]): string {
  const m = title.trim().match(TAGGED);
  if (!m) return title;
  const tag = m[1]!;
  const bar = new RegExp(`^${tag}\\s*[｜|丨]\\s*\\S`, "u");
  let others = 0;
  for (const line of lines) {
    if (line.length > LINE_MAX) continue;
    const t = line.trim();
    const crumbs = crumbsOf(t);
    if (crumbs.length >= 3 && crumbs.slice(0, -1).includes(tag)) return m[2]!.trim();
    if (t !== title.trim() && bar.test(t) && ++others >= OTHER_HEADLINES) return m[2]!.trim();
  }
  return title;
}

/** The headline's own line, folded: the title, or the title after a column's short tag and a bar (演讲实录丨X). */
export function isTaggedHeadline(line: string, title: string): boolean {
  if (line === title) return true;
  if (title.length < 4 || !line.endsWith(title)) return false;
  return /^[\p{Script=Han}A-Za-z0-9]{2,8}\s*[｜|丨]\s*$/u.test(line.slice(0, -title.length));
}
