/**
 * Trends: the companies and people named most in a period against the periods before it, rising
 * first. The period is the latest week (seven days to today, Asia/Shanghai) or, when nothing was
 * published in that week (an archive), the seven days to the newest article, which the page says;
 * or a calendar month picked from the chart, against the three months before it. Counts are
 * articles, as the article list counts them, so each entity links to the list of exactly those
 * articles. Counted over the listing snapshot.
 */
import { db, type Db } from "@/lib/db";
import { snapshotRead } from "../listing-index/listing-index";
import { matchRanks } from "../listing-index/match";
import type { ListingSnapshot, MentionIndex } from "../listing-index/snapshot";
import { tallyMentions, tallyMonths } from "../listing-index/tally";
import { continuousMonths, type MonthCount } from "../articles/mention-months";
import { comparePinyin } from "@/lib/text/pinyin-order";

const WEEK_DAYS = 7;
/** The week is compared with the average of this many weeks before it. */
const PREVIOUS_WEEKS = 4;
/** A month is compared with the average of this many months before it. */
const PREVIOUS_MONTHS = 3;
const TOP = 20;
/** The chart shows at most this many months, the latest. */
const CHART_MONTHS = 24;

export interface TrendEntry {
  slug: string;
  name: string;
  /** Articles naming it in the period. */
  count: number;
  /** Articles naming it per period, on average, over the periods before. */
  before: number;
  /** count − before: what "rising" sorts by. */
  change: number;
}

export interface Period {
  from: string;
  to: string;
}

export interface Trends {
  kind: "week" | "month";
  period: Period;
  /** The periods compared against, oldest first. */
  previous: Period;
  previousCount: number;
  /** For a week: it ends at today, or at the newest article's day when the last seven days have none. */
  anchoredAt: "today" | "newest" | null;
  today: string;
  articles: number;
  companies: TrendEntry[];
  people: TrendEntry[];
  months: MonthCount[];
  month: string | null;
}

/** A day (YYYY-MM-DD) in Asia/Shanghai. */
export function shanghaiDay(ms: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(ms));
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

function lastDayOf(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}

function entries(index: MentionIndex, now: Int32Array, before: Int32Array, periods: number): TrendEntry[] {
  const prev = new Map(tallyMentions(index, before, Infinity).map((t) => [t.value, t.count]));
  const name = (e: number) => index.entities.byId.get(e)!.name;
  return tallyMentions(index, now, Infinity)
    .map((t) => {
      const avg = (prev.get(t.value) ?? 0) / periods;
      return { id: t.value, count: t.count, before: Math.round(avg * 10) / 10, change: t.count - avg };
    })
    .sort((a, b) => b.change - a.change || b.count - a.count || comparePinyin(name(a.id), name(b.id)))
    .slice(0, TOP)
    .map((e) => ({ slug: index.entities.byId.get(e.id)!.slug, name: name(e.id), count: e.count, before: e.before, change: Math.round(e.change * 10) / 10 }));
}

export function computeTrends(s: ListingSnapshot, month: string | undefined, nowMs: number): Trends {
  const today = shanghaiDay(nowMs);
  let period: Period;
  let previous: Period;
  let previousCount: number;
  let anchoredAt: Trends["anchoredAt"] = null;
  if (month) {
    period = { from: `${month}-01`, to: lastDayOf(month) };
    previous = { from: `${addMonths(month, -PREVIOUS_MONTHS)}-01`, to: lastDayOf(addMonths(month, -1)) };
    previousCount = PREVIOUS_MONTHS;
  } else {
    const weekFrom = addDays(today, -(WEEK_DAYS - 1));
    const recent = matchRanks(s, { from: weekFrom, to: today }).length > 0;
    // Rank 0 is the newest dated article (when any is dated).
    const end = recent || s.dated === 0 ? today : shanghaiDay(s.time[0]!);
    anchoredAt = recent || s.dated === 0 ? "today" : "newest";
    period = { from: addDays(end, -(WEEK_DAYS - 1)), to: end };
    previous = { from: addDays(period.from, -WEEK_DAYS * PREVIOUS_WEEKS), to: addDays(period.from, -1) };
    previousCount = PREVIOUS_WEEKS;
  }
  const now = matchRanks(s, period);
  const before = matchRanks(s, previous);
  const all = continuousMonths(tallyMonths(s, matchRanks(s, {})).map((t) => ({ month: t.value, count: t.count })));
  return {
    kind: month ? "month" : "week",
    period,
    previous,
    previousCount,
    anchoredAt,
    today,
    articles: now.length,
    companies: entries(s.companies, now, before, previousCount),
    people: entries(s.people, now, before, previousCount),
    months: all.slice(-CHART_MONTHS),
    month: month ?? null,
  };
}

/** Trends for the page, kept until the data changes or the day turns. */
export function loadTrends(month: string | undefined, database: Db = db(), nowMs = Date.now()): Promise<Trends> {
  return snapshotRead(database, `trends:${month ?? "week"}:${shanghaiDay(nowMs)}`, (s) => computeTrends(s, month, nowMs));
}
