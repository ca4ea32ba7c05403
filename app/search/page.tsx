/** /search: one box for articles, companies and people; the query lives in the URL (?q=&page=&sort=). */
import type { Metadata } from "next";
import { searchExamples } from "@/lib/data/search/examples";
import { searchEverything } from "@/lib/data/search/search";
import { firstValues, SearchPageParams } from "@/lib/search/search-params";
import { ArticleResults } from "./article-results";
import { EntityResults } from "./entity-results";
import { OperatorHelp } from "./operator-help";
import { SearchBox } from "./search-box";

const feedHref = (q: string) => `/search/feed.xml?${new URLSearchParams({ q: q.trim() })}`;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = SearchPageParams.parse(firstValues(await searchParams));
  if (!q.trim()) return { title: "搜索" };
  return { title: `搜索：${q.slice(0, 40)}`, alternates: { types: { "application/atom+xml": feedHref(q) } } };
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, page, sort, group } = SearchPageParams.parse(firstValues(await searchParams));
  const [result, examples] = await Promise.all([q.trim() === "" ? null : searchEverything({ q, page, sort, group }), searchExamples()]);
  const samples = [...examples.companies.slice(0, 1), examples.person, examples.personPinyin].filter((s): s is string => !!s);
  return (
    <div>
      <h1 className="text-2xl font-bold">搜索</h1>
      <SearchBox initial={q} />
      {result === null && (
        <p className="mt-4 text-stone-600" data-testid="search-intro">
          输入公司、人物或任何词语。公司和人物可用简体、繁体、拼音或别名{samples.length > 0 ? `，例如 ${samples.join("、")}` : ""}。
        </p>
      )}
      {result && result.warnings.length > 0 && (
        <ul className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" aria-label="搜索提示">
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {result && (
        <p className="mt-3 text-sm">
          <a href={feedHref(q)} className="underline">
            把这个搜索存为订阅（Atom）
          </a>
        </p>
      )}
      {result && (
        <div aria-live="polite">
          <EntityResults title="公司" items={result.companies} base="/companies" />
          <EntityResults title="人物" items={result.people} base="/people" />
          <ArticleResults q={q} sort={sort} group={group} articles={result.articles} />
        </div>
      )}
      <OperatorHelp examples={examples} />
    </div>
  );
}
