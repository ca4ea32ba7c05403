"use client";
/**
 * Mounted once in the layout: after hydration it keeps every page's dates relative and every
 * article row marked (read, new, saved) as the page changes (client navigation re-renders the
 * rows' markup, which a MutationObserver notices) and as the state changes (this tab or
 * another), and refreshes the relative times each minute. Renders nothing.
 */
import { useEffect } from "react";
import { markRead, toggleSaved } from "@/lib/reader/reader-state";
import { applyRelativeTimes } from "./relative-times";
import { applyRowMarks, articleRows } from "./row-marks";
import { readerState, subscribeReaderState, updateReaderState, visitBaseline } from "./reader-store";

export function ReaderEnhancer() {
  useEffect(() => {
    // Says the page is interactive, for browser tests and scripts.
    document.documentElement.dataset.hydrated = "";
    const baseline = visitBaseline();
    let frame = 0;
    const run = () => {
      frame = 0;
      const main = document.getElementById("main") ?? document.body;
      applyRelativeTimes(main, Date.now());
      applyRowMarks(articleRows(main), readerState(), baseline);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(run);
    };
    run();
    const observer = new MutationObserver(schedule);
    observer.observe(document.getElementById("main") ?? document.body, { childList: true, subtree: true });
    const unsubscribe = subscribeReaderState(schedule);
    const timer = window.setInterval(schedule, 60_000);

    const onClick = (e: MouseEvent) => {
      const target = e.target instanceof Element ? e.target : null;
      const save = target?.closest<HTMLButtonElement>("button[data-reader-save]");
      if (save) {
        const id = Number(save.dataset.readerSave);
        if (Number.isInteger(id) && id > 0) updateReaderState((s) => toggleSaved(s, { id, title: save.dataset.title ?? "" }, new Date()));
        return;
      }
      const link = target?.closest<HTMLAnchorElement>("article[data-article-id] .article-row-title a");
      const row = link?.closest<HTMLElement>("article[data-article-id]");
      if (row) updateReaderState((s) => markRead(s, Number(row.dataset.articleId)));
    };
    document.addEventListener("click", onClick);
    return () => {
      observer.disconnect();
      unsubscribe();
      window.clearInterval(timer);
      if (frame) cancelAnimationFrame(frame);
      document.removeEventListener("click", onClick);
    };
  }, []);
  return null;
}
