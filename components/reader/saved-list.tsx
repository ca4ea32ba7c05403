"use client";
/** The articles saved in this browser, newest first, each with a button to remove it. */
import { relativeLabel } from "@/lib/text/relative-time";
import { isRead, toggleSaved } from "@/lib/reader/reader-state";
import { updateReaderState } from "./reader-store";
import { useReaderState } from "./use-reader-state";

function savedWhen(iso: string): string {
  const d = new Date(iso);
  // savedAt is UTC; shown in the reader's own clock, the way they saved it.
  const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}T${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}:00`;
  const offset = -d.getTimezoneOffset();
  const zone = `${offset < 0 ? "-" : "+"}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0")}:${String(Math.abs(offset) % 60).padStart(2, "0")}`;
  return relativeLabel(`${local}${zone}`, Date.now()) ?? `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

export function SavedList() {
  const state = useReaderState();
  if (state === null) return <p className="mt-4 text-stone-600">正在读取本浏览器中的收藏…</p>;
  if (state.saved.length === 0) {
    return (
      <p className="mt-6 rounded border border-dashed border-stone-300 p-6 text-stone-600" data-testid="saved-empty">
        还没有收藏文章。在文章列表或文章页点“收藏”，或选中文章后按 s 键。
      </p>
    );
  }
  const items = [...state.saved].reverse();
  return (
    <>
      <p className="mt-1 text-sm text-stone-600" data-testid="saved-count">
        共 {items.length} 篇，保存在本浏览器中。
      </p>
      <ul className="mt-3">
        {items.map((a) => (
          <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-200 py-3" data-testid="saved-item">
            <a href={`/articles/${a.id}`} className="font-semibold hover:text-brand hover:underline">
              {a.title || `文章 #${a.id}`}
            </a>
            <span className="flex items-center gap-3 text-xs text-stone-600">
              {isRead(state, a.id, null) && <span>已读</span>}
              <time dateTime={a.savedAt} title={new Date(a.savedAt).toLocaleString("zh-CN")}>
                收藏于{savedWhen(a.savedAt)}
              </time>
              <button
                type="button"
                onClick={() => updateReaderState((s) => toggleSaved(s, a, new Date()))}
                className="min-h-6 rounded border border-stone-300 bg-white px-2 hover:bg-stone-200"
                aria-label={`取消收藏：${a.title}`}
              >
                取消收藏
              </button>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
