/**
 * A user's page (a note, a diary, a post on a reading or community site) prints its writer as a
 * bare handle beside the full time, alone on the line right under the headline:
 *   星星的七个故事 / 林间小路 2024-08-12 21:05:33
 * A handle has any shape (林间小路 is no name of the surname table's), so it is told by what it
 * is not: an outlet's vocabulary (新华社, 科技频道), a role or section word (来源, 原创, 编辑),
 * the site itself, a number. Only that exact line counts: one token, a space, a date with its
 * clock time, nothing else but the post's counters; a date alone, or a date and a label, names no one.
 */
import { endsLikeOutlet, isRoleOrSectionWord, isSiteName } from "./names";

// The post's own counters may follow the time (秦月 2026-12-02 18:22 字数 682 阅读 356): a count
// word and its number each, nothing that names anyone.
const COUNTERS = String.raw`(?:\s+(?:字数|阅读|浏览|评论|点赞|收藏|喜欢|阅读量|浏览量)\s*[:：]?\s*\d[\d.,]*[万kKwW]?)*`;
const HANDLE_TIME = new RegExp(String.raw`^([\p{L}\p{N}_\-.·]{2,16})\s+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?${COUNTERS}$`, "u");

// A community site's topic prints the poster's handle beside a relative time instead, its parts
// split by dots, and the topic's click count after it: tangyuan2021 · 3 小时前 · 1024 次点击.
const AGO = String.raw`(?:\d{1,2}\s*(?:分钟|小时|天)前|刚刚|昨天\s*\d{1,2}:\d{2})`;
const CLICKS = String.raw`(?:\s*[·•]\s*\d[\d,]*\s*次?(?:点击|浏览|阅读))?`;
const HANDLE_AGO = new RegExp(String.raw`^([\p{L}\p{N}_\-.]{2,16})\s*[·•]\s*${AGO}${CLICKS}$`, "u");

export function handleBesideTime(line: string | undefined, siteName: string | null): string | null {
  const m = line?.trim().match(HANDLE_TIME) ?? line?.trim().match(HANDLE_AGO);
  const handle = m?.[1];
  if (!handle || !/\p{L}/u.test(handle) || /^\d/.test(handle)) return null;
  if (endsLikeOutlet(handle) || isRoleOrSectionWord(handle) || isSiteName(handle, siteName)) return null;
  return handle;
}
