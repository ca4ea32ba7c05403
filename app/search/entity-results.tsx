/** A group of matching companies or people, linking to their profiles. */
import Link from "next/link";
import type { EntityResult } from "@/lib/data/search/search";

const MATCHED: Record<EntityResult["matchedBy"], string> = { name: "名称", alias: "别名", pinyin: "拼音", product: "产品" };

/** Why the card is shown: a product names its maker only as a suggestion (the search stays on the product). */
function matchNote(e: EntityResult): string {
  if (e.matchedBy === "product") return `（${e.via ?? ""} 的开发者，可查看它的全部文章）`;
  return `（${MATCHED[e.matchedBy]}${e.via ? `：${e.via}` : ""}）`;
}

export function EntityResults({ title, items, base }: { title: string; items: EntityResult[]; base: "/companies" | "/people" }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`${base.slice(1)}-heading`} className="mt-6">
      <h2 id={`${base.slice(1)}-heading`} className="text-base font-semibold text-stone-700">
        {title}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {items.map((e) => (
          <li key={e.id}>
            <Link href={`${base}/${encodeURIComponent(e.slug)}`} className="inline-block rounded border border-stone-300 bg-white px-3 py-1 hover:border-brand">
              <span className="font-medium">{e.name}</span>
              {e.matchedBy !== "name" && (
                <span className="ml-1 text-xs text-stone-600" data-matched-by={e.matchedBy}>
                  {matchNote(e)}
                </span>
              )}
              <span className="ml-2 text-xs text-stone-600">{e.mentions} 篇</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
