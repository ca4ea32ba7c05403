/** Companies and people as small links; the ones an article is about are bold. */
import Link from "next/link";

export interface EntityLinkItem {
  slug: string;
  name: string;
  about: boolean;
}

export function EntityLinks({ kind, items, label }: { kind: "company" | "person"; items: EntityLinkItem[]; label: string }) {
  if (items.length === 0) return null;
  const base = kind === "company" ? "/companies/" : "/people/";
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className="sr-only">{label}:</span>
      {items.map((e) => (
        <Link
          key={e.slug}
          href={`${base}${encodeURIComponent(e.slug)}`}
          className={`rounded px-1.5 py-0.5 text-xs ${
            kind === "company" ? "bg-sky-50 text-sky-800" : "bg-emerald-50 text-emerald-800"
          } ${e.about ? "font-semibold" : ""} hover:underline`}
        >
          {e.name}
        </Link>
      ))}
    </span>
  );
}
