/** /people/[slug]: a person's profile — roles over time with their evidence, co-mentions, timeline and articles. */
import Link from "next/link";
import { prerenderedProfiles, profileRoute, type ProfileProps } from "@/app/_profile/profile-route";
import { CoMentionList } from "@/components/co-mention-list";
import { EntityArticles } from "@/components/entity-articles";
import { MonthChart } from "@/components/month-chart";
import { PublishedDate } from "@/components/published-date";
import { getPerson } from "@/lib/data/people/get-person";
import { displayPunctuation } from "@/lib/text/display-punctuation";

// Served from Next's page cache, as company profiles are (see app/companies/[slug]/page.tsx).
export const revalidate = 60;
export function generateStaticParams(): Promise<{ slug: string }[]> {
  return prerenderedProfiles("person");
}

const route = profileRoute(getPerson, "/people", "找不到人物");
export const generateMetadata = route.generateMetadata;

export default async function PersonPage(props: ProfileProps) {
  const { p, feed } = await route.profile(props);
  return (
    <div>
      <nav aria-label="位置" className="text-sm text-stone-600" data-testid="breadcrumb">
        <Link href="/people" className="underline">
          人物
        </Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{p.name}</span>
      </nav>
      <h1 className="mt-1 text-2xl font-bold">{p.name}</h1>
      {p.aliases.length > 0 && <p className="mt-1 text-sm text-stone-600">又名：{p.aliases.join("、")}</p>}
      <p className="mt-1 text-sm text-stone-600">
        {p.articleCount} 篇文章提到，其中 {p.aboutCount} 篇主要讲述其人 ·{" "}
        <Link href={`/articles?person=${encodeURIComponent(p.slug)}`} className="underline">
          筛选文章
        </Link>{" "}
        ·{" "}
        <a href={feed} className="underline">
          订阅（Atom）
        </a>
      </p>

      <section aria-labelledby="roles-heading" className="mt-6">
        <h2 id="roles-heading" className="text-lg font-semibold">
          职务
        </h2>
        {p.roles.length === 0 ? (
          <p className="text-sm text-stone-500">文章中还没有写到{p.name}的职务。</p>
        ) : (
          <ol className="mt-2 space-y-2 text-sm" data-testid="roles">
            {p.roles.map((r, i) => (
              <li key={i} className="rounded bg-white p-2 shadow-sm">
                <span className="font-medium" data-testid="role">
                  {r.company ? (
                    <Link href={`/companies/${encodeURIComponent(r.company.slug)}`} className="underline">
                      {r.organisation}
                    </Link>
                  ) : (
                    r.organisation
                  )}{" "}
                  {r.title}
                </span>
                <span className="block text-xs text-stone-600">
                  “{displayPunctuation(r.sentence)}”——
                  <Link href={`/articles/${r.article.id}`} className="underline">
                    {displayPunctuation(r.article.title)}
                  </Link>
                  ，<PublishedDate local={r.article.publishedLocal} inferred={r.article.dateInferred} />
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="timeline-heading" className="mt-6">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          提及时间线
        </h2>
        <MonthChart months={p.months} label={`${p.name}每月被提到的文章数`} />
      </section>

      <div className="mt-6 grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="co-people-heading">
          <h2 id="co-people-heading" className="text-lg font-semibold">
            经常一起出现的人物
          </h2>
          <CoMentionList kind="person" items={p.people} empty="暂无。" />
        </section>
        <section aria-labelledby="co-companies-heading">
          <h2 id="co-companies-heading" className="text-lg font-semibold">
            经常一起出现的公司
          </h2>
          <CoMentionList kind="company" items={p.companies} empty="暂无。" />
        </section>
      </div>

      <EntityArticles articles={p.articles} total={p.articleCount} allHref={`/articles?person=${encodeURIComponent(p.slug)}`} name={p.name} />
    </div>
  );
}
