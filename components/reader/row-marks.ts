/**
 * The reader's marks on every article row of the page (article[data-article-id], from
 * article-rows.tsx): 已读 or 新 in the meta line, a dimmed title when read, and a 收藏 toggle.
 * Rows are server-built markup (no React elements), so they are marked in the DOM; the marks
 * are the same pure rules as everywhere (lib/reader/reader-state.ts). Idempotent.
 */
import { isNew, isRead, isSaved, type ReaderState } from "@/lib/reader/reader-state";

export interface RowInfo {
  el: HTMLElement;
  id: number;
  addedAt: string | null;
  title: string;
  link: HTMLAnchorElement | null;
}

export function articleRows(root: ParentNode = document): RowInfo[] {
  return [...root.querySelectorAll<HTMLElement>("article[data-article-id]")].flatMap((el) => {
    const id = Number(el.dataset.articleId);
    if (!Number.isInteger(id) || id <= 0) return [];
    const link = el.querySelector<HTMLAnchorElement>(".article-row-title a");
    return [{ el, id, addedAt: el.dataset.added ?? null, title: link?.textContent?.trim() ?? "", link }];
  });
}

function toggleAttr(el: HTMLElement, name: string, on: boolean) {
  if (on && !el.hasAttribute(name)) el.setAttribute(name, "");
  else if (!on && el.hasAttribute(name)) el.removeAttribute(name);
}

function markOf(meta: Element): HTMLElement {
  let mark = meta.querySelector<HTMLElement>(":scope > [data-reader-mark]");
  if (!mark) {
    mark = document.createElement("span");
    mark.dataset.readerMark = "";
    meta.prepend(mark);
  }
  return mark;
}

function saveButtonOf(meta: Element, row: RowInfo): HTMLButtonElement {
  let button = meta.querySelector<HTMLButtonElement>(":scope > button[data-reader-save]");
  if (!button) {
    button = document.createElement("button");
    button.type = "button";
    button.className = "reader-save";
    button.dataset.readerSave = String(row.id);
    button.dataset.title = row.title;
    button.setAttribute("aria-label", `收藏：${row.title}`);
    meta.append(button);
  }
  return button;
}

export function applyRowMarks(rows: RowInfo[], state: ReaderState, baseline: string | null): void {
  for (const row of rows) {
    const meta = row.el.querySelector(".article-row-meta");
    if (!meta) continue;
    const read = isRead(state, row.id, row.addedAt);
    const fresh = isNew(state, baseline, row.id, row.addedAt);
    toggleAttr(row.el, "data-read", read);
    toggleAttr(row.el, "data-new", fresh);
    const mark = markOf(meta);
    const text = read ? "已读" : fresh ? "新" : "";
    if (mark.textContent !== text) mark.textContent = text;
    const cls = read ? "reader-mark reader-mark-read" : fresh ? "reader-mark reader-mark-new" : "reader-mark";
    if (mark.className !== cls) mark.className = cls;
    toggleAttr(mark, "hidden", text === "");
    const button = saveButtonOf(meta, row);
    const saved = String(isSaved(state, row.id));
    if (button.getAttribute("aria-pressed") !== saved) button.setAttribute("aria-pressed", saved);
    const label = saved === "true" ? "★ 收藏" : "☆ 收藏";
    if (button.textContent !== label) button.textContent = label;
  }
}
