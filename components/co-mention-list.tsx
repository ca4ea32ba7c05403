/** Co-mentioned companies or people: links with the number of shared articles. */
import Link from "next/link";
import type { CoMention } from "@/lib/data/companies/co-mentions";

export function CoMentionList({ kind, items, empty }: { kind: "company" | "person"; items: CoMention[]; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-stone-500">{empty}</p>;
  const base = kind === "company" ? "/companies/" : "/people/";
  return (
    <ul className="flex flex-wrap gap-2 text-sm">
      {items.map((c) => (
        <li key={c.slug}>
          <Link href={`${base}${encodeURIComponent(c.slug)}`} className="inline-flex min-h-6 items-center rounded bg-white px-2 shadow-sm hover:underline">
            {c.name} <span className="text-stone-600">{c.articles}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
