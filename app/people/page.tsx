/** /people: people, searchable by name, alias or pinyin, by articles, name or latest mention, with their latest known role. */
import { SITE_FEED_ALTERNATES } from "@/components/feed-alternates";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntityListControls, entityListHref, listSummary } from "@/components/entity-list-controls";
import { CanonicalLink, ListPager, pageRange } from "@/components/list-pager";
import { trendHeading } from "@/components/month-chart";
import { EntityRows } from "@/components/entity-rows";
import { listPeople } from "@/lib/data/people/list-people";
import { pageOfOffset, pageWindow } from "@/lib/paging/page-window";
import { ENTITY_PAGE_SIZE, parsePersonPage } from "@/lib/validation/entity-lists";
import type { RawSearchParams } from "@/lib/validation/query";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { page } = parsePersonPage(await searchParams).query;
  return { title: page > 1 ? `人物（第 ${page} 页）` : "人物", alternates: SITE_FEED_ALTERNATES };
}

export default async function PeoplePage({ searchParams }: Props) {
  const { query: q, ignored } = parsePersonPage(await searchParams);
  const offset = (q.page - 1) * q.limit;
  const { items, total } = await listPeople({ q: q.q, sort: q.sort, limit: q.limit, offset });
  const w = pageWindow(total, q.page, q.limit);
  if (w.outOfRange) notFound();
  // The view without its page: a new order or search starts again at page 1.
  const limit = q.limit === ENTITY_PAGE_SIZE ? undefined : String(q.limit);
  const current = { q: q.q, sort: q.sort, limit };
  const range = pageRange(w, "人");
  return (
    <section aria-labelledby="people-heading">
      <h1 id="people-heading" className="text-xl font-bold">
        人物
      </h1>
      <p className="mt-1 text-sm text-stone-600" data-testid="list-summary">
        {listSummary(q.q, q.sort)}。共 {total} 人。{range ? `${range}。` : null}
      </p>
      <CanonicalLink href={entityListHref("/people", current, { limit: null, page: String(pageOfOffset(offset, ENTITY_PAGE_SIZE)) })} />
      {ignored.length > 0 && (
        <p role="status" className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          网址中的这些参数无效，已忽略：{ignored.join("、")}。
        </p>
      )}
      <EntityListControls base="/people" noun="人物" q={q.q} sort={q.sort} hidden={{ limit }} />
      {items.length === 0 ? (
        <p className="mt-6 rounded border border-dashed border-stone-300 p-6 text-stone-600" data-testid="entity-empty">
          {q.q ? `没有姓名、别名或拼音与“${q.q}”相符的人物。` : "还没有识别出人物。导入文章后，文中提到的人物会出现在这里。"}
        </p>
      ) : (
        <table className="mt-4 w-full text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-left text-stone-500">
              <th scope="col" className="py-1 font-normal">姓名</th>
              <th scope="col" className="hidden py-1 font-normal sm:table-cell">最近的职务</th>
              <th scope="col" className="py-1 text-right font-normal">文章</th>
              <th scope="col" className="hidden py-1 pl-4 font-normal md:table-cell">最近提及</th>
              <th scope="col" className="hidden py-1 pl-4 font-normal sm:table-cell">{trendHeading(items[0]?.trend)}</th>
            </tr>
          </thead>
          <EntityRows
            testId="person-row"
            rows={items.map((p) => ({ href: `/people/${encodeURIComponent(p.slug)}`, name: p.name, via: p.via, detail: p.role ? `${p.role.organisation} ${p.role.title}` : "", articleCount: p.articleCount, lastMentioned: p.lastMentioned, trend: p.trend }))}
          />
        </table>
      )}
      <ListPager window={w} href={(page) => entityListHref("/people", current, { page: String(page) })} />
    </section>
  );
}
