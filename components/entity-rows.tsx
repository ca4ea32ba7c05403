/**
 * The rows of the company and people tables. Built as escaped markup with one short class per
 * cell (styles in globals.css), not React elements, for the reason article-rows.tsx gives: each
 * element and class string of a row is sent twice, in the HTML and in the RSC payload, and a
 * list page is mostly rows (/companies with 54 rows: 1.2 KB of payload per row as elements).
 */
import type { MonthCount } from "@/lib/data/articles/mention-months";
import { html, type Markup } from "@/lib/markup/html";
import { sparklineMarkup } from "./month-chart";
import { publishedDateMarkup } from "./published-date";
import { RawMarkup } from "./raw-markup";

export interface EntityRow {
  href: string;
  name: string;
  /** The alias or product a name search matched. */
  via: string | null;
  /** The second column: a company's kind, a person's latest role. */
  detail: string;
  articleCount: number;
  lastMentioned: string | null;
  trend: MonthCount[];
}

export function entityRowMarkup(r: EntityRow, testId: string): Markup {
  return html`<tr class="entity-row" data-testid="${testId}"><td><a href="${r.href}">${r.name}</a>${r.via ? html`<span class="entity-via">（${r.via}）</span>` : null}</td><td class="entity-detail">${r.detail}</td><td class="entity-count">${r.articleCount}</td><td class="entity-last"><span>${publishedDateMarkup(r.lastMentioned, false)}</span></td><td class="entity-trend">${sparklineMarkup(r.trend, r.name)}</td></tr>`;
}

export function EntityRows({ rows, testId }: { rows: EntityRow[]; testId: string }) {
  return <RawMarkup as="tbody" markup={html`${rows.map((r) => entityRowMarkup(r, testId))}`} />;
}
