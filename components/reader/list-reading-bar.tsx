"use client";
/**
 * Above an article list, once the browser's state is known: how many of the listed articles
 * are new since the last visit, and a button to mark everything read. Nothing on the server.
 */
import { isNew, isRead, markAllRead } from "@/lib/reader/reader-state";
import { updateReaderState, visitBaseline } from "./reader-store";
import { useReaderState } from "./use-reader-state";

export function ListReadingBar({ rows }: { rows: { id: number; addedAt: string }[] }) {
  const state = useReaderState();
  if (state === null || rows.length === 0) return null;
  const baseline = visitBaseline();
  const fresh = rows.filter((r) => isNew(state, baseline, r.id, r.addedAt)).length;
  const unread = rows.filter((r) => !isRead(state, r.id, r.addedAt)).length;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="reading-bar">
      <p aria-live="polite" className="text-stone-600" data-testid="new-count">
        {fresh > 0 ? `自上次访问以来，本页有 ${fresh} 篇新文章。` : unread > 0 ? `本页有 ${unread} 篇未读。` : "本页文章都已读。"}
      </p>
      {unread > 0 && (
        <button
          type="button"
          onClick={() => updateReaderState((s) => markAllRead(s, new Date()))}
          className="min-h-6 rounded border border-stone-300 bg-white px-2 py-0.5 hover:bg-stone-200"
          data-testid="mark-all-read"
        >
          全部标为已读
        </button>
      )}
      <span className="hidden text-xs text-stone-600 sm:inline">按 ? 查看键盘快捷键</span>
    </div>
  );
}
