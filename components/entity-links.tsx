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
    <span className="chips">
      <span className="sr-only">{label}:</span>
      {items.map((e) => (
        <Link
          key={e.slug}
          href={`${base}${encodeURIComponent(e.slug)}`}
          className={`chip ${kind === "company" ? "chip-company" : "chip-person"}${e.about ? " chip-about" : ""}`}
        >
          {e.name}
        </Link>
      ))}
    </span>
  );
}
