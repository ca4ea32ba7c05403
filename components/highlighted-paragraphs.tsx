/**
 * Article paragraphs with entity mentions wrapped in <mark>, built as escaped markup: a long
 * article is hundreds of text runs and marks, and as React elements each cost three passes
 * (see article-rows.tsx).
 */
import { html, type Markup } from "@/lib/markup/html";
import { displayPunctuation } from "@/lib/text/display-punctuation";
import { buildMatcher, splitHighlights, type HighlightTerm } from "./highlight";
import { RawMarkup } from "./raw-markup";

/** Latin words joined by hyphens (GPT-3.5, Llama-2-70B): kept on one line, never broken at the hyphen. */
const HYPHENATED = /[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)+/g;

function plainMarkup(text: string): Markup {
  const parts: (string | Markup)[] = [];
  let last = 0;
  for (const m of text.matchAll(HYPHENATED)) {
    parts.push(text.slice(last, m.index), html`<span class="latin-word">${m[0]}</span>`);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return html`${parts}`;
}

/** Paragraphs as shown: Chinese punctuation for display (the stored text keeps the page's), marks, whole Latin words. */
export function highlightedParagraphsMarkup(body: string, terms: HighlightTerm[]): Markup {
  const matcher = buildMatcher(terms);
  const paragraphs = displayPunctuation(body).split(/\n{2,}/).filter((p) => p.trim() !== "");
  return html`${paragraphs.map(
    (p) => html`<p>${splitHighlights(p, matcher).map((s) => (s.term ? html`<mark title="${s.term.label}" data-kind="${s.term.kind}">${s.text}</mark>` : plainMarkup(s.text)))}</p>`,
  )}`;
}

export function HighlightedParagraphs({ body, terms }: { body: string; terms: HighlightTerm[] }) {
  return <RawMarkup className="reading" testId="article-body" markup={highlightedParagraphsMarkup(body, terms)} />;
}
