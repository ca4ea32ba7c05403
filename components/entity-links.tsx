/** Companies and people as small links; the ones an article is about are bold. */
import { html, type Markup } from "@/lib/markup/html";
import { RawMarkup } from "./raw-markup";

export interface EntityLinkItem {
  slug: string;
  name: string;
  about: boolean;
}

type Kind = "company" | "person";

export function entityLinksMarkup(kind: Kind, items: EntityLinkItem[], label: string): Markup | null {
  if (items.length === 0) return null;
  const base = kind === "company" ? "/companies/" : "/people/";
  const chip = `chip ${kind === "company" ? "chip-company" : "chip-person"}`;
  return html`<span class="chips"><span class="sr-only">${label}:</span>${items.map(
    (e) => html`<a href="${base}${encodeURIComponent(e.slug)}" class="${chip}${e.about ? " chip-about" : ""}">${e.name}</a>`,
  )}</span>`;
}

export function EntityLinks({ kind, items, label }: { kind: Kind; items: EntityLinkItem[]; label: string }) {
  const markup = entityLinksMarkup(kind, items, label);
  return markup && <RawMarkup as="span" markup={markup} />;
}
