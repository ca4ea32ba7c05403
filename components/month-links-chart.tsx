/**
 * Articles by month as bars that are links (HTML, not SVG: each bar is a focusable link with
 * its own name, at least 24 px wide for touch). The chosen month is marked with aria-current.
 */
import Link from "next/link";
import type { MonthCount } from "@/lib/data/articles/mention-months";

export function MonthLinksChart({ months, current, href, label }: { months: MonthCount[]; current: string | null; href: (month: string) => string; label: string }) {
  if (months.length === 0) return <p className="text-sm text-stone-600">还没有带日期的文章。</p>;
  const max = Math.max(1, ...months.map((m) => m.count));
  return (
    // Right-to-left scroller, left-to-right bars: on a narrow screen it opens at the latest months.
    <div className="overflow-x-auto pb-1" dir="rtl">
      <ol className="flex h-32 w-max items-end gap-1" dir="ltr" aria-label={label} data-testid="month-links">
        {months.map((m) => {
          const chosen = m.month === current;
          return (
            <li key={m.month} className="flex h-full w-7 shrink-0 flex-col items-center justify-end">
              <Link
                href={href(m.month)}
                aria-current={chosen ? "true" : undefined}
                aria-label={`${m.month}：${m.count} 篇`}
                title={`${m.month}：${m.count} 篇`}
                className="group flex h-full w-full flex-col justify-end rounded-sm hover:bg-stone-100"
              >
                <span
                  className={`block w-full rounded-t-sm ${chosen ? "bg-brand" : "bg-sky-600 group-hover:bg-sky-700"}`}
                  style={{ height: `${m.count === 0 ? 0 : Math.max(3, Math.round((m.count / max) * 100))}%` }}
                />
              </Link>
              <span aria-hidden="true" className="mt-1 text-[10px] leading-none text-stone-600">
                {m.month.slice(2)}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
