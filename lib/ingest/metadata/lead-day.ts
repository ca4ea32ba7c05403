/**
 * A lead that gives the day without its year: an agency's or a paper's dateline (新华社上海11月30日电,
 * 本报北京12月3日电, 财联社12月4日讯) or a release opening with the day it tells of (12月3日，X宣布…).
 * Alone that is no date (meta-txt-app-day-dateline-no-year); with the year the page's own address
 * files it under (/news/2026/3517.html, a dump's references all under /2026/), it is the day's,
 * marked inferred since the year is the address's.
 */
import { simplifiedLine as toSimplified } from "./simplified";
import type { AddressYear } from "./dump-self-address";

// The dateline's name (an outlet, a place, or both) before the day and its mark; not a report
// of another's (据X12月3日报道) nor a time word (今年, 去年).
const DAY_DATELINE = /^\s*[【[《]?(?!据|今年|去年|明年|截至)[\p{Script=Han}A-Za-z·》】\]]{1,16}?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:电|讯|消息|报道)(?=[，,：:]|\s*[（(]|\s)/u;
// "12月3日，", "12月3日晚，", "12月3日上午，": the day opening the lead's first sentence.
const DAY_OPENING = /^\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:上午|下午|晚间|晚上|晚|早间|早上|凌晨|中午|傍晚)?\s*[，,]/u;

export function leadDay(lead: string | null): { month: number; day: number; match: string } | null {
  if (!lead) return null;
  const text = toSimplified(lead);
  const m = DAY_DATELINE.exec(text) ?? DAY_OPENING.exec(text);
  if (!m) return null;
  const [month, day] = [Number(m[1]), Number(m[2])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { month, day, match: m[0].trim() } : null;
}

/** The lead's day in the address's year, or null when the address's month is another. */
export function leadDayInYear(lead: string | null, filed: AddressYear | null): string | null {
  const d = filed ? leadDay(lead) : null;
  if (!d || !filed || (filed.month !== null && filed.month !== d.month)) return null;
  const date = new Date(Date.UTC(filed.year, d.month - 1, d.day));
  if (date.getUTCMonth() !== d.month - 1) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${filed.year}-${pad(d.month)}-${pad(d.day)}T00:00:00+08:00`;
}
