/** Finds dates and times in Chinese text and renders them as ISO 8601 in Asia/Shanghai (+08:00). */

// The time may follow the weekday (2025-03-04 周二 14:05) and a 12-hour clock's half of the day
// (2025年3月4日 上午 9:30, 下午 3:30): both belong to the date's field.
const DATE_RE =
  /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:(?:星期|周|礼拜)[一二三四五六日天]\s*)?[T\s]?\s*(上午|早上|凌晨|中午|下午|傍晚|晚上)?\s*(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?)?/g;
// 下午 3:30 is 15:30; 中午 12:30 and 下午 13:00 (a 24-hour time after the word) stay as written.
const AFTERNOON = new Set(["下午", "傍晚", "晚上"]);

// "25-3-2 10:15": a feed's time with a two-digit year (a social post from an earlier year), read
// only with its time: alone, such a run may be anything (3-2-1, a score). "26/12/05 08:12" is the
// same field with slashes (yy/mm/dd, the order Chinese sites print); one separator throughout.
const SHORT_YEAR_RE = /(?<![\p{L}\p{N}\-/.:])(\d{2})([-/])(\d{1,2})\2(\d{1,2})\s+(\d{1,2}):(\d{2})(?![\d:])/gu;

// "Mar 2, 2025", "March 2, 2025", "2 March 2025": an English date, as bilingual sites print it.
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";
// A page copied as text may glue the year to a 12-hour time after it (December 3, 20256:05 PM GMT+8):
// four digits then a clock with AM/PM is the year and the time.
const ENGLISH_RE = new RegExp(`(?<![A-Za-z])(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?|(\\d{1,2})\\s+${MONTH},?)\\s+((?:19|20)\\d{2})(?:(?!\\d)|(?=\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\b))`, "gi");

// "01/05/2025 09:30 AM ET": a date month first with slashes and a four-digit year, as pages for North
// American readers print it, read only with its 12-hour clock (AM/PM): without one the order
// (month or day first) is unknown. A time zone after it (ET, PT, EST…) is another zone's clock:
// the day is kept as printed, the time left out.
const US_DATE_RE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP])\.?M\.?(?![A-Za-z])(\s*(?:[ECMP][SD]?T|UTC|GMT)(?![A-Za-z]))?/gi;

// "11/23/2025 10:15" (month first, as pages for North American readers print it) or "23/11/2025"
// (day first, as pages in Singapore, Malaysia or Europe do), with no AM/PM to say whose: the order
// is read only where one of the two numbers cannot be a month (over 12); 05/06/2025 stays unread.
// A time after it is a 24-hour clock; one with AM/PM is US_DATE_RE's.
const SLASH_DATE_RE = /(?<![\d/.:])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:]))?/g;
const CLOCK_HALF = /^\s*[AP]\.?M/i;

// "民國114年12月4日", "發布日期：114-12-04": a date in the Republic of China calendar (year 1 = 1912), as
// Taiwanese public bodies print it; matched on simplified text. A bare three-part run of a
// three-digit year is such a date only right after a date's label.
const ROC_RE = /(?:民国\s*(\d{2,3})|(?<=(?:日期|时间)\s*[:：]\s*)(1[0-4]\d)(?!\d))\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?!\d)/g;
const ROC_OFFSET = 1911;
// "发布日期：YYYYMMDD": a date's eight digits run together, a date only right after a date's label.
const COMPACT_RE = /(?<=(?:日期|时间)\s*[:：]\s*)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/g;

// "二〇二五年三月二日": a date in Han numerals, as official documents print it.
const HAN_DIGITS = "〇一二三四五六七八九";
const HAN_DATE_RE = /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;
const hanYear = (s: string) => Number([...s].map((c) => HAN_DIGITS.indexOf(c === "零" ? "〇" : c)).join(""));
/** 一 … 三十一: a month's or a day's number in Han numerals. */
function hanNumber(s: string): number {
  const [tens, ones] = s.includes("十") ? s.split("十") : ["", s];
  const digit = (c: string | undefined) => (c ? HAN_DIGITS.indexOf(c) : 0);
  return s.includes("十") ? (tens ? digit(tens) : 1) * 10 + digit(ones) : digit(ones);
}

export interface FoundDate {
  iso: string;
  /** Date only (no time given). */
  dateOnly: boolean;
  index: number;
  match: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

// "2026-12-07T20:30:00Z", "…T23:45:12+00:00": an ISO 8601 time with its zone (a feed's or an API's
// field copied as text) is that zone's clock; read in Asia/Shanghai it may fall on the next day.
const ISO_ZONE = /^(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})(?![\w:])/;
const SHANGHAI_MINUTES = 8 * 60;

/** The Shanghai time of an ISO time at another zone's offset, as findDates renders it. */
function shanghaiOf(y: number, mo: number, d: number, h: number, mi: number, s: number, zone: string): string {
  const offset = zone === "Z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s) + (SHANGHAI_MINUTES - offset) * 60_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}+08:00`;
}

function valid(y: number, m: number, d: number, h: number, min: number, s: number): boolean {
  if (m < 1 || m > 12 || d < 1 || h > 23 || min > 59 || s > 59) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Every pattern but HAN_DATE_RE needs an ASCII digit (\d is ASCII even under /u), and that one needs 年. */
const DIGIT = /\d/;
/** ENGLISH_RE needs a month's name and US_DATE_RE an AM or PM: ASCII letters (/i without /u matches no other letter to them). */
const LATIN_LETTER = /[A-Za-z]/;

export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  // Most lines a page is asked about hold no digit: the patterns are not run over them at all.
  const digits = DIGIT.test(text);
  if (!digits && !text.includes("年")) return out;
  if (digits) for (const m of text.matchAll(DATE_RE)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const hasTime = m[5] !== undefined;
    const [clock, mi, s] = hasTime ? [Number(m[5]), Number(m[6]), Number(m[7] ?? 0)] : [0, 0, 0];
    const h = m[4] !== undefined && AFTERNOON.has(m[4]) && clock < 12 ? clock + 12 : clock;
    if (!valid(y, mo, d, h, mi, s)) continue;
    const zone = hasTime && m[0].includes("T") ? ISO_ZONE.exec(text.slice((m.index ?? 0) + m[0].length))?.[1] : undefined;
    out.push({
      iso: zone ? shanghaiOf(y, mo, d, h, mi, s, zone) : `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`,
      dateOnly: !hasTime,
      index: m.index ?? 0,
      match: m[0],
    });
  }
  // Most lines with a digit are Chinese without a Latin letter: the English patterns are not run over them.
  const latin = digits && LATIN_LETTER.test(text);
  if (latin) for (const m of text.matchAll(ENGLISH_RE)) {
    const month = MONTHS.indexOf((m[1] ?? m[4]!).slice(0, 3).toLowerCase()) + 1;
    const [y, d] = [Number(m[5]), Number(m[2] ?? m[3])];
    if (!valid(y, month, d, 0, 0, 0)) continue;
    out.push({ iso: `${y}-${pad(month)}-${pad(d)}T00:00:00+08:00`, dateOnly: true, index: m.index ?? 0, match: m[0] });
  }
  if (latin && text.includes("/")) for (const m of text.matchAll(US_DATE_RE)) {
    const [mo, d, y, clock, mi, sec] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (clock < 1 || clock > 12) continue;
    const h = (clock % 12) + (m[7]!.toUpperCase() === "P" ? 12 : 0);
    if (!valid(y, mo, d, h, mi, sec)) continue;
    const zoned = m[8] !== undefined;
    out.push({
      iso: zoned ? `${y}-${pad(mo)}-${pad(d)}T00:00:00+08:00` : `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(sec)}+08:00`,
      dateOnly: zoned,
      index: m.index ?? 0,
      match: m[0],
    });
  }
  if (digits && text.includes("/")) for (const m of text.matchAll(SLASH_DATE_RE)) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if ((a > 12) === (b > 12)) continue;
    const end = (m.index ?? 0) + m[0].length;
    if (CLOCK_HALF.test(text.slice(end, end + 8))) continue;
    const [mo, d] = a > 12 ? [b, a] : [a, b];
    const hasTime = m[4] !== undefined;
    const [h, mi, sec] = hasTime ? [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)] : [0, 0, 0];
    if (!valid(y, mo, d, h, mi, sec)) continue;
    out.push({ iso: `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(sec)}+08:00`, dateOnly: !hasTime, index: m.index ?? 0, match: m[0] });
  }
  // ROC_RE needs 民国 or a date's label (日期, 时间) before the year: most lines with digits have neither.
  if (digits && (text.includes("日期") || text.includes("时间"))) for (const m of text.matchAll(COMPACT_RE)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (valid(y, mo, d, 0, 0, 0)) out.push({ iso: `${y}-${pad(mo)}-${pad(d)}T00:00:00+08:00`, dateOnly: true, index: m.index ?? 0, match: m[0] });
  }
  if (digits && (text.includes("民国") || text.includes("日期") || text.includes("时间"))) for (const m of text.matchAll(ROC_RE)) {
    const [y, mo, d] = [Number(m[1] ?? m[2]) + ROC_OFFSET, Number(m[3]), Number(m[4])];
    if (!valid(y, mo, d, 0, 0, 0)) continue;
    out.push({ iso: `${y}-${pad(mo)}-${pad(d)}T00:00:00+08:00`, dateOnly: true, index: m.index ?? 0, match: m[0] });
  }
  for (const m of text.matchAll(HAN_DATE_RE)) {
    const [y, mo, d] = [hanYear(m[1]!), hanNumber(m[2]!), hanNumber(m[3]!)];
    if (!valid(y, mo, d, 0, 0, 0)) continue;
    out.push({ iso: `${y}-${pad(mo)}-${pad(d)}T00:00:00+08:00`, dateOnly: true, index: m.index ?? 0, match: m[0] });
  }
  if (digits) for (const m of text.matchAll(SHORT_YEAR_RE)) {
    const [y, mo, d, h, mi] = [2000 + Number(m[1]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])];
    if (!valid(y, mo, d, h, mi, 0)) continue;
    out.push({ iso: `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00+08:00`, dateOnly: false, index: m.index ?? 0, match: m[0] });
  }
  return out;
}

/** The calendar day (Asia/Shanghai) of an ISO string produced by findDates. */
export function shanghaiDay(iso: string): string {
  return iso.slice(0, 10);
}
