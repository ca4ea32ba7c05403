/** Site header on every page: name, main navigation and a search box that GETs /search?q=. */
import Link from "next/link";

const NAV = [
  { href: "/articles", label: "文章" },
  { href: "/companies", label: "公司" },
  { href: "/people", label: "人物" },
  { href: "/search", label: "搜索" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand">
          大模型新闻追踪
        </Link>
        <nav aria-label="主导航" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex gap-4 text-sm">
            {NAV.map((n) => (
              <li key={n.href}>
                <Link href={n.href} className="text-stone-700 hover:text-brand hover:underline">
                  {n.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action="/search" method="get" role="search" className="ml-auto flex min-w-0 gap-1">
          <label htmlFor="site-search" className="sr-only">
            搜索文章、公司和人物
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="搜索:百度、李开复、Kimi…"
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
