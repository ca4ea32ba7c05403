/**
 * Mentions by month as an SVG bar chart (no chart library: a few rects). Each bar has a
 * <title> for hover, and the figure has a text summary for screen readers.
 */
import type { MonthCount } from "@/lib/data/articles/mention-months";
import { html, type Markup } from "@/lib/markup/html";
import { RawMarkup } from "./raw-markup";

const round = (x: number) => Math.round(x * 10) / 10;

/** The chart's SVG for at least one month. */
export function monthChartMarkup(months: MonthCount[], label: string): Markup {
  const max = Math.max(1, ...months.map((m) => m.count));
  const barW = 14;
  const gap = 4;
  const h = 90;
  const width = months.length * (barW + gap);
  const peak = months.reduce((a, b) => (b.count > a.count ? b : a));
  const total = months.reduce((n, m) => n + m.count, 0);
  const tickEvery = Math.max(1, Math.ceil(months.length / 8));
  const w = Math.max(width, 120);
  // Markup, not elements: a profile's chart has a slot per month since the first mention, each
  // sent in the HTML and again in the RSC payload (article-rows.tsx says why markup is cheaper).
  // A month without articles draws nothing (a bar of height 0 cannot be seen or hovered), so a
  // long, sparse timeline sends its few bars and its ticks, not a rect per empty month.
  // The bars' and the ticks' shared fill and size are set once on a group, not on each of the
  // (up to hundreds of) bars: ~1.7 KB of a six-year timeline, sent in the HTML and the RSC payload.
  const bars = months.map((m, i) => {
    const x = i * (barW + gap);
    const bh = Math.max(2, (m.count / max) * h);
    return m.count > 0 ? html`<rect x="${x}" y="${round(h - bh)}" width="${barW}" height="${round(bh)}"><title>${m.month}:${m.count} 篇</title></rect>` : null;
  });
  const ticks = months.map((m, i) => (i % tickEvery === 0 ? html`<text x="${i * (barW + gap)}" y="${h + 16}">${m.month.slice(2)}</text>` : null));
  return html`<svg role="img" aria-label="${label}：${months[0]!.month} 至 ${months[months.length - 1]!.month} 共 ${total} 篇，最多的月份是 ${peak.month}（${peak.count} 篇）" width="${w}" height="${h + 22}" viewBox="0 0 ${w} ${h + 22}" class="text-stone-700"><g class="fill-sky-600">${bars}</g><g font-size="10" class="fill-stone-500">${ticks}</g><line x1="0" x2="${width}" y1="${h + 0.5}" y2="${h + 0.5}" class="stroke-stone-300"></line></svg>`;
}

export function MonthChart({ months, label }: { months: MonthCount[]; label: string }) {
  if (months.length === 0) return <p className="text-sm text-stone-500">还没有带日期的文章。</p>;
  const max = Math.max(1, ...months.map((m) => m.count));
  return (
    // Focusable: on a phone a long timeline scrolls sideways, and keyboard users must reach it too.
    <figure className="overflow-x-auto" data-testid="month-chart" tabIndex={0} aria-label={label}>
      <RawMarkup markup={monthChartMarkup(months, label)} />
      <figcaption className="mt-1 text-xs text-stone-500">每月提到的文章数(最多 {max} 篇)</figcaption>
    </figure>
  );
}

/**
 * What a list's trend column shows. The trends end at the newest article's month, which in an
 * archive is not this month: "近 12 个月" would then be false, so the column names its months.
 */
export function trendHeading(months: MonthCount[] | undefined, now = new Date()): string {
  if (!months || months.length === 0) return "每月提及";
  const thisMonth = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit" }).format(now).slice(0, 7);
  const first = months[0]!.month;
  const last = months[months.length - 1]!.month;
  return last === thisMonth ? `近 ${months.length} 个月` : `${first} 至 ${last} 每月提及`;
}

/**
 * A tiny trend line for lists, over the months trendHeading names, as markup (lists build their
 * rows as markup; see entity-rows.tsx). Its size and stroke come from the .sparkline rules and
 * its months from the column's heading, not from attributes: a list page sends each row three
 * times (HTML, the RSC payload inlined in it, the RSC payload of a client-side visit).
 */
export function sparklineMarkup(months: MonthCount[], label: string): Markup | null {
  if (months.length < 2) return null;
  const max = Math.max(1, ...months.map((m) => m.count));
  const w = 72;
  const h = 18;
  const step = w / (months.length - 1);
  // One decimal at most, and none when it is 0: the points are repeated on every row.
  const n = (x: number) => String(Math.round(x * 10) / 10);
  const points = months.map((m, i) => `${n(i * step)},${n(h - (m.count / max) * (h - 2) - 1)}`).join(" ");
  return html`<svg class="sparkline" role="img" aria-label="${label}每月提及趋势" viewBox="0 0 ${w} ${h}"><polyline points="${points}"></polyline></svg>`;
}
