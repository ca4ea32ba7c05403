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
import { filterHref, filterValues, toggled, type FilterValues } from "./filter-href";
import { CanonicalLink } from "./list-pager";
import { ARTICLE_PAGE_SIZE, encodeCursor } from "@/lib/validation/article-filters";
import { pageOfOffset } from "@/lib/paging/page-window";

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
  if (key === "company") return data.labels.company[value] ?? `${value}（未知公司）`;
  if (key === "person") return data.labels.person[value] ?? `${value}（未知人物）`;
  if (key === "script") return SCRIPT_LABEL[value] ?? value;
  return value;
}

/** Facet choices as markup, for the same reason as the rows (see article-rows.tsx): a list page shows dozens. */
function facetItemsMarkup(keyName: FilterKey, values: FacetValue[], base: string, current: FilterValues): Markup {
  return html`${values.map((v) => {
    const picks = keyName === "company" || keyName === "person" ? current[keyName] : undefined;
    const selected = picks ? picks.includes(v.value) : current[keyName] === v.value;
    // Companies and people add to the choice (several at once); the other filters replace it.
    const href =
      keyName === "company" || keyName === "person"
        ? filterHref(base, current, { [keyName]: toggled(picks, v.value) })
        : filterHref(base, current, { [keyName]: selected ? null : v.value });
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
      {(["company", "person"] as const).flatMap((k) => (current[k] ?? []).map((v) => <input key={`${k}-${v}`} type="hidden" name={k} value={v} />))}
      {(["source", "script", "match", "group"] as const).map((k) =>
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

/** Each active filter as one removable chip: a company or person each, the others one per key. */
function activeChips(current: FilterValues): { key: FilterKey; value: string; without: FilterValues }[] {
  const out: { key: FilterKey; value: string; without: FilterValues }[] = [];
  for (const k of ["company", "person"] as const)
    for (const v of current[k] ?? []) out.push({ key: k, value: v, without: { ...current, [k]: toggled(current[k], v) } });
  for (const k of ["source", "from", "to", "script"] as const) {
    const v = current[k];
    if (v) out.push({ key: k, value: v, without: { ...current, [k]: undefined } });
  }
  return out;
}

/** With two or more companies and people chosen: must an article name all of them, or any one? */
function MatchSwitch({ base, current }: { base: string; current: FilterValues }) {
  const mode = current.match ?? "all";
  const option = (value: "all" | "any", label: string) =>
    mode === value ? (
      <span aria-current="true" className="rounded bg-stone-800 px-2 py-0.5 text-white" data-testid={`match-${value}`}>
        {label}
      </span>
    ) : (
      <Link href={filterHref(base, current, { match: value })} className="inline-block rounded px-2 py-0.5 underline" data-testid={`match-${value}`}>
        {label}
      </Link>
    );
  return (
    <p className="mt-2 flex flex-wrap items-center gap-1 text-sm" data-testid="match-switch">
      <span className="text-stone-600">所选公司和人物：</span>
      {option("all", "同时提到全部")}
      {option("any", "提到任一")}
    </p>
  );
}

/** Whether the same story from several outlets is one row (the default) or one row per article. */
function GroupSwitch({ base, current, grouped }: { base: string; current: FilterValues; grouped: boolean }) {
  return (
    <Link
      href={filterHref(base, current, { group: grouped ? "off" : null })}
      className="ml-2 inline-block py-1 text-sm underline"
      data-testid="group-switch"
    >
      {grouped ? "逐篇显示" : "按报道合并"}
    </Link>
  );
}

/** The address search engines should keep for this page: its filters and its cursor or page number, at the default page size. */
function canonicalHref(base: string, current: FilterValues, data: ArticleListData): string {
  const { cursor, page, limit } = data.filters;
  const href = filterHref(base, current, {}, cursor ? encodeCursor(cursor) : undefined);
  const at = page && !cursor ? pageOfOffset((page - 1) * limit, ARTICLE_PAGE_SIZE) : 1;
  return at > 1 ? `${href}${href.includes("?") ? "&" : "?"}page=${at}` : href;
}

export function ArticleList({ data, base, heading }: { data: ArticleListData; base: string; heading: string }) {
  const current = filterValues(data.filters);
  const chips = activeChips(current);
  const active = chips.map((c) => c.key);
  const picks = (current.company?.length ?? 0) + (current.person?.length ?? 0);
  const { items, total, nextCursor, rows, grouped } = data.page;
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_14rem]">
      <section aria-labelledby="list-heading" className="min-w-0">
        <h1 id="list-heading" className="text-xl font-bold">
          {heading}
        </h1>
        <CanonicalLink href={canonicalHref(base, current, data)} />
        <p className="mt-1 text-sm text-stone-600">
          <span data-testid="result-count">
            共 {total} 篇{active.length > 0 ? "符合筛选条件的文章" : "文章"}
            {grouped && rows < total ? `，合为 ${rows} 个报道` : null}
          </span>
          {(rows < total || !grouped) && <GroupSwitch base={base} current={current} grouped={grouped} />}
        </p>
        {active.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-2" aria-label="当前筛选">
            {chips.map((c) => (
              <li key={`${c.key}-${c.value}`}>
                <Link
                  href={filterHref(base, c.without)}
                  className="inline-flex items-center gap-1 rounded-full bg-stone-800 px-3 py-0.5 text-sm text-white hover:bg-stone-600"
                  aria-label={`移除筛选 ${FILTER_LABEL[c.key]}：${activeLabel(c.key, c.value, data)}`}
                  data-testid={`active-filter-${c.key}`}
                >
                  {FILTER_LABEL[c.key]}：{activeLabel(c.key, c.value, data)} <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
            {active.length > 1 && (
              <li>
                <Link href={filterHref(base, { group: current.group })} className="text-sm text-stone-600 underline">
                  清除全部
                </Link>
              </li>
            )}
          </ul>
        )}
        <ListReadingBar rows={items.map((a) => ({ id: a.id, addedAt: a.addedAt }))} />
        {picks >= 2 && <MatchSwitch base={base} current={current} />}
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
