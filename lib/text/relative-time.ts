/**
 * Times as a reader of a news list says them: "刚刚", "5 分钟前", "3 小时前", "昨天 14:30", and
 * the date itself for anything older; day headings "今天", "昨天", "12月2日", "2023年5月20日".
 * Each day is the one the article was dated in (its own offset, +08:00 for every stored date),
 * compared with the same offset's today, so a reader abroad sees the paper's day, not a
 * shifted one. Pure: "now" is a parameter, so the server can render the absolute text and the
 * browser the relative one after it mounts (no hydration mismatch).
 */

export interface LocalTime {
  /** The instant, ms since the epoch. */
  instant: number;
  /** YYYY-MM-DD as written. */
  day: string;
  /** HH:mm as written. */
  time: string;
  /** Offset east of UTC in minutes, as written. */
  offset: number;
  /** Midnight exactly: the page gave only the day. */
  dayOnly: boolean;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseLocalTime(iso: string): LocalTime | null {
  const m = LOCAL.exec(iso);
  if (!m) return null;
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return null;
  const [, y, mo, d, h, mi, s, z] = m;
  const offset = z === "Z" ? 0 : (z![0] === "-" ? -1 : 1) * (Number(z!.slice(1, 3)) * 60 + Number(z!.slice(4, 6)));
  return { instant, day: `${y}-${mo}-${d}`, time: `${h}:${mi}`, offset, dayOnly: h === "00" && mi === "00" && (s ?? "00") === "00" };
}

/** The calendar day of an instant at an offset, YYYY-MM-DD. */
function dayAt(instant: number, offset: number): string {
  return new Date(instant + offset * 60_000).toISOString().slice(0, 10);
}

/** Whole days from day a to day b (both YYYY-MM-DD). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

function dateWords(day: string, withYear: boolean): string {
  const [y, m, d] = day.split("-").map(Number);
  return withYear ? `${y}年${m}月${d}日` : `${m}月${d}日`;
}

/**
 * A relative label for a time within the last day or so, or null when the absolute date reads
 * better (older, in the future, or not a date this module understands).
 */
export function relativeLabel(iso: string, now: number): string | null {
  const t = parseLocalTime(iso);
  if (!t) return null;
  const today = dayAt(now, t.offset);
  const days = daysBetween(t.day, today);
  if (days < 0) return null;
  if (t.dayOnly) return days === 0 ? "今天" : days === 1 ? "昨天" : null;
  const diff = now - t.instant;
  // A few minutes ahead is a clock's error; further ahead, the date is shown as written.
  if (diff < -5 * 60_000) return null;
  if (diff < 60_000) return "刚刚";
  if (diff < 3_600_000) return `${Math.floor(diff / 60_000)} 分钟前`;
  if (days === 0) return `${Math.floor(diff / 3_600_000)} 小时前`;
  if (days === 1) return `昨天 ${t.time}`;
  return null;
}

/** The heading of a day in a list: 今天, 昨天, the month and day this year, else with the year. */
export function dayHeading(day: string, now: number, offset = 480): string {
  const today = dayAt(now, offset);
  const days = daysBetween(day, today);
  if (days === 0) return "今天";
  if (days === 1) return "昨天";
  return dateWords(day, day.slice(0, 4) !== today.slice(0, 4));
}

/** The day as words for the server's HTML, which cannot know the reader's today. */
export function absoluteDayHeading(day: string): string {
  return dateWords(day, true);
}

/** The exact time for a tooltip: "2024年11月18日 18:26（北京时间）"; a date-only day without a time. */
export function exactLabel(iso: string): string | null {
  const t = parseLocalTime(iso);
  if (!t) return null;
  if (t.dayOnly) return dateWords(t.day, true);
  const sign = t.offset < 0 ? "-" : "+";
  const abs = Math.abs(t.offset);
  const zone = t.offset === 480 ? "北京时间" : `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return `${dateWords(t.day, true)} ${t.time}（${zone}）`;
}
