/**
 * Article paragraphs with entity mentions wrapped in <mark>, built as escaped markup: a long
 * article is hundreds of text runs and marks, and as React elements each cost three passes
 * (see article-rows.tsx).
 */
import { html, type Markup } from "@/lib/markup/html";
import { buildMatcher, splitHighlights, type HighlightTerm } from "./highlight";
import { RawMarkup } from "./raw-markup";

export function highlightedParagraphsMarkup(body: string, terms: HighlightTerm[]): Markup {
  const matcher = buildMatcher(terms);
  const paragraphs = body.split(/\n{2,}/).filter((p) => p.trim() !== "");
  return html`${paragraphs.map(
    (p) => html`<p>${splitHighlights(p, matcher).map((s) => (s.term ? html`<mark title="${s.term.label}" data-kind="${s.term.kind}">${s.text}</mark>` : s.text))}</p>`,
  )}`;
}

export function HighlightedParagraphs({ body, terms }: { body: string; terms: HighlightTerm[] }) {
  return <RawMarkup className="reading" testId="article-body" markup={highlightedParagraphsMarkup(body, terms)} />;
}
