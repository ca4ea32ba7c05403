/**
 * Numbered pages of the /companies and /people lists: previous and next page, where this page
 * stands, and the page's canonical address. Plain links, so paging works without JavaScript.
 */
import Link from "next/link";
import type { PageWindow } from "@/lib/paging/page-window";

/** "本页为第 51–100 家" — only when the list has more than one page. */
export function pageRange(w: PageWindow, unit: string): string | null {
  return w.pages > 1 && !w.outOfRange ? `本页为第 ${w.first}–${w.last} ${unit}` : null;
}

export function ListPager({ window: w, href }: { window: PageWindow; href: (page: number) => string }) {
  // No empty landmark: a one-page list has nowhere to go.
  if (w.pages <= 1) return null;
  return (
    <nav aria-label="分页" className="mt-4 flex flex-wrap items-center gap-4 text-sm" data-testid="pager">
      {w.page > 1 ? (
        <Link href={href(w.page - 1)} rel="prev" className="inline-block py-1 underline" data-testid="pager-prev">
          ← 上一页
        </Link>
      ) : null}
      <span data-testid="pager-status">
        第 {w.page} 页，共 {w.pages} 页
      </span>
      {w.page < w.pages ? (
        <Link href={href(w.page + 1)} rel="next" className="inline-block py-1 underline" data-testid="pager-next">
          下一页 →
        </Link>
      ) : null}
    </nav>
  );
}

/**
 * The address search engines should keep for this page: the same view at the default page size,
 * on the page where its first row falls. React 19 puts a <link> rendered anywhere into <head>.
 */
export function CanonicalLink({ href }: { href: string }) {
  return <link rel="canonical" href={href} />;
}
