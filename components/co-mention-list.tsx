/**
 * Co-mentioned companies or people: links with the number of shared articles. Built as markup
 * with one short class per link (globals.css), like the list rows (article-rows.tsx says why):
 * a profile shows dozens, each sent in the HTML and again in the RSC payload.
 */
import type { CoMention } from "@/lib/data/companies/co-mentions";
import { html } from "@/lib/markup/html";
import { RawMarkup } from "./raw-markup";

export function CoMentionList({ kind, items, empty }: { kind: "company" | "person"; items: CoMention[]; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-stone-500">{empty}</p>;
  const base = kind === "company" ? "/companies/" : "/people/";
  return (
    <RawMarkup
      as="ul"
      className="flex flex-wrap gap-2 text-sm"
      markup={html`${items.map((c) => html`<li><a href="${base}${encodeURIComponent(c.slug)}" class="co-mention">${c.name} <span>${c.articles}</span></a></li>`)}`}
    />
  );
}
