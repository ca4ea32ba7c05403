/** Companies and people as small links; the ones an article is about are bold. */
import type { EntityLink } from "@/lib/data/listing-index/snapshot";
import { html, type Markup } from "@/lib/markup/html";
import { RawMarkup } from "./raw-markup";

type Kind = "company" | "person";

export function entityLinksMarkup(kind: Kind, items: EntityLink[], label: string): Markup | null {
  if (items.length === 0) return null;
  const base = kind === "company" ? "/companies/" : "/people/";
  const chip = `chip ${kind === "company" ? "chip-company" : "chip-person"}`;
  return html`<span class="chips"><span class="sr-only">${label}：</span>${items.map(
    (e) => html`<a href="${base}${encodeURIComponent(e.slug)}" class="${chip}${e.about ? " chip-about" : ""}">${e.name}</a>`,
  )}</span>`;
}

export function EntityLinks({ kind, items, label }: { kind: Kind; items: EntityLink[]; label: string }) {
  const markup = entityLinksMarkup(kind, items, label);
  return markup && <RawMarkup as="span" markup={markup} />;
}
