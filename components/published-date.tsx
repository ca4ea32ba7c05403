/**
 * A publication date as readers in China expect it (the stored text is already +08:00). A
 * midnight time usually means the page gave only a day, so only the day is shown. Inferred
 * dates say so: "约 … (推断)". The server writes the absolute date with the exact time as a
 * tooltip; in the browser, components/reader/relative-times.tsx turns each time[data-rel] into
 * "3 小时前" after mounting, so the server's HTML is the same for everyone and hydration agrees.
 */
import { html, type Markup } from "@/lib/markup/html";
import { exactLabel } from "@/lib/text/relative-time";
import { RawMarkup } from "./raw-markup";

export function formatPublished(local: string | null): string | null {
  if (!local) return null;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?/.exec(local);
  if (!m) return local;
  const [, day, hm, sec] = m;
  return hm === "00:00" && (sec ?? "00") === "00" ? day! : `${day} ${hm}`;
}

export function publishedDateMarkup(local: string | null, inferred: boolean): Markup {
  const text = formatPublished(local);
  if (!text || !local) return html`<span class="text-stone-600">日期不详</span>`;
  const exact = exactLabel(local) ?? text;
  return inferred
    ? html`<time datetime="${local}" data-rel="inferred" title="${exact}（页面未写明日期，由页面中的其他线索推断）">约 ${text}（推断）</time>`
    : html`<time datetime="${local}" data-rel title="${exact}">${text}</time>`;
}

export function PublishedDate({ local, inferred }: { local: string | null; inferred: boolean }) {
  return <RawMarkup as="span" markup={publishedDateMarkup(local, inferred)} />;
}
