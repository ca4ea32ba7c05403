"use client";
/**
 * Keyboard shortcuts as in feed readers: j/k next/previous article, o open, s save, / search,
 * ? this help. They never fire while the reader types (inputs, text areas, selects, editable
 * text) or with Ctrl/Alt/⌘ held. The help is a modal <dialog>: the page behind is inert, Tab
 * and Shift+Tab stay inside, Esc closes it, and focus returns to where it was.
 */
import { useEffect, useRef, useState } from "react";
import { toggleSaved, isSaved } from "@/lib/reader/reader-state";
import { articleRows, type RowInfo } from "./row-marks";
import { readerState, updateReaderState } from "./reader-store";

const SHORTCUTS: [string, string][] = [
  ["j", "下一篇文章"],
  ["k", "上一篇文章"],
  ["o", "打开选中的文章"],
  ["s", "收藏或取消收藏（选中的文章或正在读的文章）"],
  ["/", "跳到搜索框"],
  ["?", "显示本帮助"],
  ["Esc", "关闭本帮助"],
];

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

function currentRow(rows: RowInfo[]): number {
  const marked = rows.findIndex((r) => r.el.hasAttribute("data-current"));
  if (marked >= 0) return marked;
  return rows.findIndex((r) => r.el.contains(document.activeElement));
}

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])')];
}

export function KeyboardShortcuts() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const [announcement, setAnnouncement] = useState("");

  const openHelp = () => {
    const d = dialog.current;
    if (!d || d.open) return;
    opener.current = document.activeElement;
    d.showModal();
    d.querySelector<HTMLElement>("[data-autofocus]")?.focus();
  };

  useEffect(() => {
    const select = (rows: RowInfo[], index: number) => {
      for (const r of rows) if (r.el.hasAttribute("data-current")) r.el.removeAttribute("data-current");
      const row = rows[index];
      if (!row) return;
      row.el.setAttribute("data-current", "");
      row.link?.focus();
      row.el.scrollIntoView({ block: "nearest" });
    };
    const save = (id: number, title: string) => {
      updateReaderState((s) => toggleSaved(s, { id, title }, new Date()));
      setAnnouncement(isSaved(readerState(), id) ? `已收藏：${title}` : `已取消收藏：${title}`);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (dialog.current?.open) return;
      const rows = articleRows(document.getElementById("main") ?? document);
      const at = currentRow(rows);
      switch (e.key) {
        case "j":
          select(rows, Math.min(at + 1, rows.length - 1));
          break;
        case "k":
          select(rows, at < 0 ? 0 : Math.max(at - 1, 0));
          break;
        case "o": {
          const row = rows[at];
          if (!row?.link) return;
          row.link.click();
          break;
        }
        case "s": {
          const row = rows[at];
          if (row) save(row.id, row.title);
          else {
            const button = document.querySelector<HTMLButtonElement>("button[data-reader-article-save]");
            if (!button) return;
            button.click();
            setAnnouncement(button.getAttribute("aria-pressed") === "true" ? "已取消收藏" : "已收藏");
          }
          break;
        }
        case "/": {
          const search = document.getElementById("site-search");
          if (!(search instanceof HTMLInputElement)) return;
          search.focus();
          search.select();
          break;
        }
        case "?":
          openHelp();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const trapTab = (e: React.KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== "Tab" || !dialog.current) return;
    const items = focusables(dialog.current);
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const restoreFocus = () => {
    const el = opener.current;
    if (el instanceof HTMLElement && el.isConnected) el.focus();
  };

  return (
    <>
      <button type="button" onClick={openHelp} className="min-h-6 underline" data-testid="shortcuts-open">
        键盘快捷键（?）
      </button>
      <p aria-live="polite" className="sr-only" data-testid="shortcut-announcement">
        {announcement}
      </p>
      <dialog
        ref={dialog}
        aria-labelledby="shortcuts-title"
        onKeyDown={trapTab}
        onClose={restoreFocus}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg bg-white p-5 text-stone-900 shadow-xl backdrop:bg-black/50"
        data-testid="shortcuts-dialog"
      >
        <h2 id="shortcuts-title" className="text-lg font-semibold">
          键盘快捷键
        </h2>
        <p className="mt-1 text-sm text-stone-600">在输入框中打字时不起作用。</p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map(([key, what]) => (
            <div key={key} className="contents">
              <dt>
                <kbd className="rounded border border-stone-300 bg-stone-100 px-1.5 py-0.5 font-mono">{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog" className="mt-4 text-right">
          <button type="submit" data-autofocus className="min-h-9 rounded bg-stone-800 px-4 py-1.5 text-white hover:bg-stone-700">
            关闭
          </button>
        </form>
      </dialog>
    </>
  );
}
