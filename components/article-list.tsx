/**
 * The article list with its filters (company, person, source, date range, script): active
 * filters with a remove link each, choices with counts, and keyset paging.
 */
import Link from "next/link";
import type { ArticleListData } from "@/lib/data/articles/load-article-list";
import type { FacetValue } from "@/lib/data/articles/article-facets";
import type { FilterKey } from "@/lib/validation/article-filters";
import { html, type Markup } from "@/lib/markup/html";
import { ArticleRows } from "./article-rows";
import { ListReadingBar } from "./reader/list-reading-bar";
import { RawMarkup } from "./raw-markup";
import { filterHref, filterValues, type FilterValues } from "./filter-href";

const FILTER_LABEL: Record<FilterKey, string> = {
  company: "公司",
  person: "人物",
  source: "来源",
  from: "起始日期",
  to: "截止日期",
  script: "字体",
};

const SCRIPT_LABEL: Record<string, string> = { simplified: "简体", traditional: "繁体" };

function activeLabel(key: FilterKey, value: string, data: ArticleListData): string {
  if (key === "company") return data.labels.company ?? `${value}（未知公司）`;
  if (key === "person") return data.labels.person ?? `${value}（未知人物）`;
  if (key === "script") return SCRIPT_LABEL[value] ?? value;
  return value;
}

/** Facet choices as markup, for the same reason as the rows (see article-rows.tsx): a list page shows dozens. */
function facetItemsMarkup(keyName: FilterKey, values: FacetValue[], base: string, current: FilterValues): Markup {
  return html`${values.map((v) => {
    const selected = current[keyName] === v.value;
    const href = filterHref(base, current, { [keyName]: selected ? null : v.value });
    return html`<li><a href="${href}"${selected ? html` aria-current="true"` : null} class="facet" data-testid="facet-${keyName}"><span>${v.label}</span><span class="facet-count">${v.count}</span></a></li>`;
  })}`;
}

function FacetGroup({ title, keyName, values, base, current }: { title: string; keyName: FilterKey; values: FacetValue[]; base: string; current: FilterValues }) {
  if (values.length === 0) return null;
  return (
    <section aria-labelledby={`facet-${keyName}`} className="mb-4">
      <h3 id={`facet-${keyName}`} className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-500">
        {title}
      </h3>
      <RawMarkup as="ul" className="flex flex-wrap gap-1 md:block md:space-y-0.5" markup={facetItemsMarkup(keyName, values, base, current)} />
    </section>
  );
}

function DateRangeForm({ base, current }: { base: string; current: FilterValues }) {
  return (
    <form action={base} method="get" className="mb-4 space-y-1 text-sm" aria-label="按日期筛选">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">日期</h3>
      {(["company", "person", "source", "script"] as const).map((k) =>
        current[k] ? <input key={k} type="hidden" name={k} value={current[k]} /> : null,
      )}
      <div className="flex flex-wrap items-center gap-1">
        <label htmlFor="filter-from" className="sr-only">
          起始日期
        </label>
        <input id="filter-from" name="from" type="date" defaultValue={current.from} className="rounded border border-stone-300 px-1 py-0.5" />
        <span aria-hidden="true">–</span>
        <label htmlFor="filter-to" className="sr-only">
          截止日期
        </label>
        <input id="filter-to" name="to" type="date" defaultValue={current.to} className="rounded border border-stone-300 px-1 py-0.5" />
        <button type="submit" className="rounded bg-stone-200 px-2 py-0.5 hover:bg-stone-300">
          应用
        </button>
      </div>
    </form>
  );
}

export function ArticleList({ data, base, heading }: { data: ArticleListData; base: string; heading: string }) {
  const current = filterValues(data.filters);
  const active = (Object.keys(current) as FilterKey[]).filter((k) => current[k]);
  const { items, total, nextCursor } = data.page;
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_14rem]">
      <section aria-labelledby="list-heading" className="min-w-0">
        <h1 id="list-heading" className="text-xl font-bold">
          {heading}
        </h1>
        <p className="mt-1 text-sm text-stone-600" data-testid="result-count">
          共 {total} 篇{active.length > 0 ? "符合筛选条件的文章" : "文章"}
        </p>
        {active.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-2" aria-label="当前筛选">
            {active.map((k) => (
              <li key={k}>
                <Link
                  href={filterHref(base, current, { [k]: null })}
                  className="inline-flex items-center gap-1 rounded-full bg-stone-800 px-3 py-0.5 text-sm text-white hover:bg-stone-600"
                  aria-label={`移除筛选 ${FILTER_LABEL[k]}：${activeLabel(k, current[k] ?? "", data)}`}
                  data-testid={`active-filter-${k}`}
                >
                  {FILTER_LABEL[k]}：{activeLabel(k, current[k] ?? "", data)} <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
            {active.length > 1 && (
              <li>
                <Link href={base} className="text-sm text-stone-600 underline">
                  清除全部
                </Link>
              </li>
            )}
          </ul>
        )}
        <ListReadingBar rows={items.map((a) => ({ id: a.id, addedAt: a.addedAt }))} />
        {data.ignored.length > 0 && (
          <p role="status" className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
            网址中的这些参数无效，已忽略：{data.ignored.join("、")}。日期请写成 2024-01-31 这样的格式。
          </p>
        )}
        {items.length === 0 ? (
          <div className="mt-6 rounded border border-dashed border-stone-300 p-6 text-stone-600">
            {total === 0 && active.length === 0 ? (
              <p>还没有文章。请先导入：在项目目录运行 <code>npm run import</code>，然后刷新本页。</p>
            ) : data.page.pastEnd ? (
              <p role="status" data-testid="past-end">
                {data.filters.page && !data.filters.cursor
                  ? `第 ${data.filters.page} 页超出了范围：共 ${total} 篇，只有 ${Math.max(1, Math.ceil(total / data.filters.limit))} 页。`
                  : "已经到底了，没有更早的文章。"}
                <Link href={filterHref(base, current)} className="underline">
                  回到第一页
                </Link>
              </p>
            ) : (
              <p>没有符合这些筛选条件的文章。试试移除一个筛选条件，或使用上方的搜索框。</p>
            )}
          </div>
        ) : (
          <ArticleRows articles={items} className="mt-2" byDay />
        )}
        {/* No empty landmark: the pager is shown only when it has somewhere to go. */}
        {(data.filters.cursor || data.filters.page || nextCursor) && (
          <nav aria-label="分页" className="mt-4 flex gap-4 text-sm">
            {(data.filters.cursor || data.filters.page) && (
              <Link href={filterHref(base, current)} className="inline-block py-1 underline">
                ← 最新
              </Link>
            )}
            {nextCursor && (
              <Link href={filterHref(base, current, {}, nextCursor)} className="inline-block py-1 underline" rel="next">
                更早的文章 →
              </Link>
            )}
          </nav>
        )}
      </section>
      <aside aria-label="筛选" className="order-first md:order-none">
        {/* Folded on phones so the articles come first; always open on wider screens (see globals.css). */}
        <details className="filters rounded bg-white p-2 md:bg-transparent md:p-0">
          <summary className="cursor-pointer text-sm font-semibold md:hidden">筛选：公司、人物、来源、日期</summary>
          <div className="mt-2 md:mt-0">
            <Facets data={data} base={base} current={current} />
          </div>
        </details>
      </aside>
    </div>
  );
}

function Facets({ data, base, current }: { data: ArticleListData; base: string; current: FilterValues }) {
  return (
    <>
      <FacetGroup title="公司" keyName="company" values={data.facets.companies} base={base} current={current} />
      <FacetGroup title="人物" keyName="person" values={data.facets.people} base={base} current={current} />
      <FacetGroup title="来源" keyName="source" values={data.facets.sources} base={base} current={current} />
      <FacetGroup title="字体" keyName="script" values={data.facets.scripts} base={base} current={current} />
      <DateRangeForm base={base} current={current} />
    </>
  );
}
