/** Site header on every page: name, main navigation and a search box that GETs /search?q=. */
import Link from "next/link";
import { searchExamples } from "@/lib/data/search/examples";
import { NavLinks } from "./nav-links";

export async function SiteHeader() {
  // Examples the collection holds, so the placeholder never suggests a search that finds nothing.
  const x = await searchExamples();
  const samples = [...x.companies.slice(0, 1), x.person, x.personPinyin].filter((s): s is string => !!s);
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand">
          大模型新闻追踪
        </Link>
        <nav aria-label="主导航" className="order-3 w-full sm:order-none sm:w-auto">
          <NavLinks />
        </nav>
        <form action="/search" method="get" role="search" className="ml-auto flex min-w-0 gap-1">
          <label htmlFor="site-search" className="sr-only">
            搜索文章、公司和人物
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder={samples.length > 0 ? `搜索：${samples.join("、")}…` : "搜索文章、公司和人物"}
            className="w-40 rounded border border-stone-300 px-2 py-1 text-sm sm:w-56"
          />
          <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-sm text-white hover:bg-stone-700">
            搜索
          </button>
        </form>
      </div>
    </header>
  );
}
