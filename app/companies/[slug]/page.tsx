/** /companies/[slug]: a company's profile — names, products, people, co-mentions, timeline and articles. */
import Link from "next/link";
import { prerenderedProfiles, profileRoute, type ProfileProps } from "@/app/_profile/profile-route";
import { CoMentionList } from "@/components/co-mention-list";
import { EntityArticles } from "@/components/entity-articles";
import { KIND_LABEL } from "@/components/kind-labels";
import { MonthChart } from "@/components/month-chart";
import { getCompany } from "@/lib/data/companies/get-company";

// Served from Next's page cache: a profile is the same for every reader and changes only with
// the data, and rendering one costs ~10 ms of CPU (at 100,000 articles). The cache handler
// (lib/data/cache/page-cache-handler.mjs) renders it again after a write, not on a timer; the
// 60 s here only sets the Cache-Control a CDN sees. The most-mentioned profiles are rendered
// by `next build`, the others on their first visit.
export const revalidate = 60;
export function generateStaticParams(): Promise<{ slug: string }[]> {
  return prerenderedProfiles("company");
}

const route = profileRoute(getCompany, "/companies", "找不到公司");
export const generateMetadata = route.generateMetadata;

export default async function CompanyPage(props: ProfileProps) {
  const { p: c, feed } = await route.profile(props);
  return (
    <div>
      {/* The trail names the list, then this page; the kind is a label of its own ("公司 / 公司" said nothing). */}
      <nav aria-label="位置" className="text-sm text-stone-600" data-testid="breadcrumb">
        <Link href="/companies" className="underline">
          公司与机构
        </Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{c.name}</span>
        <span className="ml-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs text-stone-700">{KIND_LABEL[c.kind] ?? c.kind}</span>
      </nav>
      <h1 className="mt-1 text-2xl font-bold">{c.name}</h1>
      <p className="mt-1 text-sm text-stone-600">
        {c.articleCount} 篇文章提到，其中 {c.aboutCount} 篇主要讲述它 ·{" "}
        <Link href={`/articles?company=${encodeURIComponent(c.slug)}`} className="underline">
          筛选文章
        </Link>{" "}
        ·{" "}
        <a href={feed} className="underline">
          订阅（Atom）
        </a>
      </p>
      <dl className="mt-4 grid gap-2 text-sm sm:grid-cols-[6rem_1fr]">
        {c.aliases.length > 0 && (
          <>
            <dt className="text-stone-500">别名</dt>
            <dd>{c.aliases.join("、")}</dd>
          </>
        )}
        {c.products.length > 0 && (
          <>
            <dt className="text-stone-500">产品</dt>
            <dd>{c.products.join("、")}</dd>
          </>
        )}
        {c.parent && (
          <>
            <dt className="text-stone-500">母公司</dt>
            <dd>
              <Link href={`/companies/${encodeURIComponent(c.parent.slug)}`} className="underline">
                {c.parent.name}
              </Link>
            </dd>
          </>
        )}
        {c.children.length > 0 && (
          <>
            <dt className="text-stone-500">旗下</dt>
            <dd className="flex flex-wrap gap-2">
              {c.children.map((ch) => (
                <Link key={ch.slug} href={`/companies/${encodeURIComponent(ch.slug)}`} className="underline">
                  {ch.name}
                </Link>
              ))}
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="timeline-heading" className="mt-6">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          提及时间线
        </h2>
        <MonthChart months={c.months} label={`${c.name}每月被提到的文章数`} />
      </section>

      <section aria-labelledby="people-heading" className="mt-6">
        <h2 id="people-heading" className="text-lg font-semibold">
          人物与职务
        </h2>
        {c.people.length === 0 ? (
          <p className="text-sm text-stone-500">文章中还没有写到在{c.name}任职的人。</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {c.people.map((p) => (
              <li key={p.slug}>
                <Link href={`/people/${encodeURIComponent(p.slug)}`} className="font-medium underline">
                  {p.name}
                </Link>
                :
                {p.titles.map((t, i) => (
                  <span key={t.title}>
                    {i > 0 && "、"}
                    {t.title}
                    <Link href={`/articles/${t.articleId}`} className="ml-1 text-xs text-stone-500 underline" title={t.sentence}>
                      [出处]
                    </Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="mt-6 grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="co-companies-heading">
          <h2 id="co-companies-heading" className="text-lg font-semibold">
            经常一起出现的公司
          </h2>
          <CoMentionList kind="company" items={c.companies} empty="暂无。" />
        </section>
        <section aria-labelledby="co-people-heading">
          <h2 id="co-people-heading" className="text-lg font-semibold">
            经常一起出现的人物
          </h2>
          <CoMentionList kind="person" items={c.coPeople} empty="暂无。" />
        </section>
      </div>

      <EntityArticles articles={c.articles} total={c.articleCount} allHref={`/articles?company=${encodeURIComponent(c.slug)}`} name={c.name} />
    </div>
  );
}
