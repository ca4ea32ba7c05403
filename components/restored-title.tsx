/**
 * The mark beside a restored title (spun text whose original wording was recovered), the same
 * wherever an article is listed or read, so the reader knows the words are ours, not the page's.
 */
import { RESTORED_TITLE_HINT, RESTORED_TITLE_NOTE } from "@/lib/data/articles/display-title";
import { html, type Markup } from "@/lib/markup/html";

export function restoredMarkup(): Markup {
  return html`<span class="restored-mark" title="${RESTORED_TITLE_HINT}" data-testid="title-restored">${RESTORED_TITLE_NOTE}</span>`;
}

export function RestoredMark() {
  return (
    <span className="restored-mark" title={RESTORED_TITLE_HINT} data-testid="title-restored">
      {RESTORED_TITLE_NOTE}
    </span>
  );
}
