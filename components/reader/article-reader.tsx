"use client";
/** On an article page: marks the article read when it is opened, and offers 收藏 (also the s key). */
import { useEffect } from "react";
import { isSaved, markRead, toggleSaved } from "@/lib/reader/reader-state";
import { updateReaderState } from "./reader-store";
import { useReaderState } from "./use-reader-state";

export function ArticleReader({ id, title }: { id: number; title: string }) {
  const state = useReaderState();
  useEffect(() => {
    updateReaderState((s) => markRead(s, id));
  }, [id]);
  if (state === null) return null;
  const saved = isSaved(state, id);
  return (
    <button
      type="button"
      aria-pressed={saved}
      data-reader-article-save=""
      onClick={() => updateReaderState((s) => toggleSaved(s, { id, title }, new Date()))}
      className={`min-h-6 rounded border px-2 py-0.5 text-sm ${saved ? "border-amber-300 bg-amber-50 text-amber-900" : "border-stone-300 bg-white hover:bg-stone-200"}`}
      data-testid="article-save"
    >
      <span aria-hidden="true">{saved ? "★" : "☆"}</span> 收藏
    </button>
  );
}
