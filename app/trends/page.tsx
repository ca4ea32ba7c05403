/** /trends: the companies and people named most this week (or in a chosen month) against the periods before, rising first. */
import type { Metadata } from "next";
import Link from "next/link";
import { MonthLinksChart } from "@/components/month-links-chart";
import { loadTrends, type Trends, type TrendEntry } from "@/lib/data/trends/trends";
import { parseTrendsLenient } from "@/lib/validation/trends";
import type { RawSearchParams } from "@/lib/validation/query";

export const metadata: Metadata = { title: "趋势" };

function listHref(kind: "company" | "person", slug: string, t: Trends): string {
  return `/articles?${new URLSearchParams({ [kind]: slug, from: t.period.from, to: t.period.to }).toString()}`;
}

function change(e: TrendEntry): string {
  if (e.before === 0) return "新出现";
  return e.change > 0 ? `+${e.change}` : e.change === 0 ? "持平" : `${e.change}`;
}

function TrendTable({ title, id, kind, entries, t }: { title: string; id: string; kind: "company" | "person"; entries: TrendEntry[]; t: Trends }) {
  const unit = t.kind === "week" ? "本周" : "当月";
  const before = t.kind === "week" ? `此前 ${t.previousCount} 周平均` : `此前 ${t.previousCount} 个月平均`;
  return (
    <section aria-labelledby={id} className="min-w-0">
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      {entries.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">这段时间没有提到{title}的文章。</p>
      ) : (
        <table className="mt-2 w-full text-sm" data-testid={`trends-${kind}`}>
          <thead>
            <tr className="border-b border-stone-300 text-left text-stone-600">
              <th scope="col" className="py-1 font-medium">名称</th>
              <th scope="col" className="py-1 text-right font-medium">{unit}</th>
              <th scope="col" className="py-1 text-right font-medium">{before}</th>
              <th scope="col" className="py-1 text-right font-medium">变化</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.slug} className="border-b border-stone-200" data-testid="trend-row">
                <th scope="row" className="py-1 text-left font-normal">
                  <Link href={listHref(kind, e.slug, t)} className="inline-block py-0.5 hover:text-brand hover:underline" data-testid="trend-link">
                    {e.name}
                  </Link>
                </th>
                <td className="py-1 text-right tabular-nums" data-testid="trend-count">
                  {e.count} 篇
                </td>
                <td className="py-1 text-right tabular-nums">{e.before}</td>
                <td className={`py-1 text-right tabular-nums ${e.change > 0 ? "text-emerald-800" : "text-stone-600"}`}>{change(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export default async function TrendsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { month, ignored } = parseTrendsLenient(await searchParams);
  const t = await loadTrends(month);
  const range = `${t.period.from} 至 ${t.period.to}`;
  return (
    <div className="space-y-6">
      <section aria-labelledby="trends-heading">
        <h1 id="trends-heading" className="text-xl font-bold">
          趋势
        </h1>
        <p className="mt-1 text-sm text-stone-700" data-testid="trends-period">
          {t.kind === "week"
            ? `本周（${range}）被提到最多的公司和人物，与此前 ${t.previousCount} 周（${t.previous.from} 至 ${t.previous.to}）的每周平均相比，上升最多的排在前面。`
            : `${t.month}（${range}）被提到最多的公司和人物，与此前 ${t.previousCount} 个月的每月平均相比，上升最多的排在前面。`}
          共 {t.articles} 篇文章。
        </p>
        {t.anchoredAt === "newest" && (
          <p className="mt-1 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="trends-anchor">
            今天是 {t.today}，最近 7 天没有新文章，所以这里的“本周”指截至最新一篇文章（{t.period.to}）的 7 天。
          </p>
        )}
        {t.kind === "month" && (
          <p className="mt-1 text-sm">
            <Link href="/trends" className="inline-block py-1 underline">
              回到最近一周
            </Link>
          </p>
        )}
        {ignored.length > 0 && (
          <p role="status" className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
            网址中的月份无效，已忽略。月份请写成 2024-03 这样的格式。
          </p>
        )}
      </section>
      <section aria-labelledby="months-heading">
        <h2 id="months-heading" className="text-base font-semibold">
          每月文章数
        </h2>
        <p className="mb-2 text-xs text-stone-600">点击一个月份，查看那个月的趋势。{t.months.length > 0 ? `（${t.months[0]!.month} 至 ${t.months[t.months.length - 1]!.month}）` : null}</p>
        <MonthLinksChart months={t.months} current={t.month} href={(m) => `/trends?month=${m}`} label="每月文章数，点击查看当月趋势" />
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <TrendTable title="公司" id="trends-companies" kind="company" entries={t.companies} t={t} />
        <TrendTable title="人物" id="trends-people" kind="person" entries={t.people} t={t} />
      </div>
    </div>
  );
}
