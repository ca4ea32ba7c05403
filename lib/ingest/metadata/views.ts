/** View counts: 阅读:763, 瀏覽:4059次, 浏览量 1.2万, or a bare number after the date on a date line. */
import { simplifiedLine as toSimplified } from "./simplified";
import { findDates } from "./dates";

const LABELLED = /(?:阅读|浏览|点击|阅读量|浏览量|浏览次数|点击量|人气|热度)\s*(?:量|数)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*(万)?\s*次?/;

export function viewCount(line: string): number | null {
  const s = toSimplified(line);
  const m = s.match(LABELLED);
  if (m) return Math.round(Number(m[1]) * (m[2] ? 10_000 : 1));
  // "2023-04-06 09:51:24 401": a date line whose only other content is a number.
  const date = findDates(s)[0];
  if (date) {
    const rest = s.replace(date.match, "").trim();
    if (/^\d{1,9}$/.test(rest)) return Number(rest);
  }
  return null;
}
