/** /companies: companies and organisations, filterable by kind, searchable by name, in the order asked for. */
import { SITE_FEED_ALTERNATES } from "@/components/feed-alternates";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityListControls, entityListHref, listSummary } from "@/components/entity-list-controls";
import { CanonicalLink, ListPager, pageRange } from "@/components/list-pager";
import { KIND_LABEL } from "@/components/kind-labels";
import { trendHeading } from "@/components/month-chart";
import { EntityRows } from "@/components/entity-rows";
import { listCompanies } from "@/lib/data/companies/list-companies";
import { pageOfOffset, pageWindow } from "@/lib/paging/page-window";
import { ENTITY_PAGE_SIZE, parseCompanyPage } from "@/lib/validation/entity-lists";
import type { RawSearchParams } from "@/lib/validation/query";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { page } = parseCompanyPage(await searchParams).query;
  return { title: page > 1 ? `公司（第 ${page} 页）` : "公司", alternates: SITE_FEED_ALTERNATES };
}

export default async function CompaniesPage({ searchParams }: Props) {
  const { query: q, ignored } = parseCompanyPage(await searchParams);
  const offset = (q.page - 1) * q.limit;
  const { items, total, kinds } = await listCompanies({ kind: q.kind, q: q.q, sort: q.sort, limit: q.limit, offset });
  const w = pageWindow(total, q.page, q.limit);
  if (w.outOfRange) notFound();
  // The view without its page: choosing a kind, an order or a search starts again at page 1.
  const limit = q.limit === ENTITY_PAGE_SIZE ? undefined : String(q.limit);
  const current = { kind: q.kind, q: q.q, sort: q.sort, limit };
  const range = pageRange(w, "家");
  return (
    <section aria-labelledby="companies-heading">
      <h1 id="companies-heading" className="text-xl font-bold">
        公司与机构
      </h1>
      <p className="mt-1 text-sm text-stone-600" data-testid="list-summary">
        {listSummary(q.q, q.sort)}。共 {total} 家{q.kind ? KIND_LABEL[q.kind] : ""}。{range ? `${range}。` : null}
      </p>
      <CanonicalLink href={entityListHref("/companies", current, { limit: null, page: String(pageOfOffset(offset, ENTITY_PAGE_SIZE)) })} />
      {ignored.length > 0 && (
        <p role="status" className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          网址中的这些参数无效，已忽略：{ignored.join("、")}。
        </p>
      )}
      <EntityListControls base="/companies" noun="公司" q={q.q} sort={q.sort} hidden={{ kind: q.kind, limit }} />
      <nav aria-label="按类型筛选" className="mt-3">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link href={entityListHref("/companies", current, { kind: null })} aria-current={!q.kind ? "page" : undefined} className={`inline-block rounded px-2 py-1 ${!q.kind ? "bg-stone-800 text-white" : "bg-white hover:bg-stone-200"}`}>
              全部
            </Link>
          </li>
          {kinds.map((k) => (
            <li key={k.kind}>
              <Link
                href={entityListHref("/companies", current, { kind: k.kind })}
                aria-current={q.kind === k.kind ? "page" : undefined}
                className={`inline-block rounded px-2 py-1 ${q.kind === k.kind ? "bg-stone-800 text-white" : "bg-white hover:bg-stone-200"}`}
              >
                {KIND_LABEL[k.kind] ?? k.kind} <span className="opacity-60">{k.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {items.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-stone-300 p-6 text-stone-600" data-testid="entity-empty">
          {q.q ? `没有名称、别名或拼音与“${q.q}”相符的${q.kind ? KIND_LABEL[q.kind] : "公司或机构"}。` : "还没有识别出公司。导入文章后，文中提到的公司和机构会出现在这里。"}
        </p>
      ) : (
        <table className="mt-4 w-full text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-left text-stone-500">
              <th scope="col" className="py-1 font-normal">名称</th>
              <th scope="col" className="hidden py-1 font-normal sm:table-cell">类型</th>
              <th scope="col" className="py-1 text-right font-normal">文章</th>
              <th scope="col" className="hidden py-1 pl-4 font-normal md:table-cell">最近提及</th>
              <th scope="col" className="hidden py-1 pl-4 font-normal sm:table-cell">{trendHeading(items[0]?.trend)}</th>
            </tr>
          </thead>
          <EntityRows
            testId="company-row"
            rows={items.map((c) => ({ href: `/companies/${encodeURIComponent(c.slug)}`, name: c.name, via: c.via, detail: KIND_LABEL[c.kind] ?? c.kind, articleCount: c.articleCount, lastMentioned: c.lastMentioned, trend: c.trend }))}
          />
        </table>
      )}
      <ListPager window={w} href={(page) => entityListHref("/companies", current, { page: String(page) })} />
    </section>
  );
}
