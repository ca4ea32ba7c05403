"use client";
/**
 * The "重新导入" button and the live view of the current import: files done of total, rate,
 * current file, errors as they happen, then the summary. Polls GET /api/admin/import each second
 * while something runs; when a run ends, refreshes the server-rendered history below.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import Link from "next/link";
import type { ImportStatus } from "@/lib/data/admin/import-status";
import { errorText, postJson } from "./post-json";

// Types only (erased from the browser bundle): the panel reads what the status route sends.
type Status = ImportStatus;

/** Lets other admin widgets (the upload form, re-run buttons) tell the panel a run has started. */
export const RUN_STARTED_EVENT = "admin:run-started";

export function ImportPanel() {
  const router = useRouter();
  const [status, setStatus] = useState<Status | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const wasActive = useRef(false);
  /** A run we started and have not seen in a status yet: older answers must not show as its result. */
  const pending = useRef<number | null>(null);

  const refresh = useCallback(async () => {
    const res = await fetch("/api/admin/import", { cache: "no-store", credentials: "same-origin" });
    if (res.status === 401) return window.location.assign("/admin/login");
    if (!res.ok) return;
    const next = (await res.json()) as Status;
    if (pending.current !== null) {
      if ((next.job?.runId ?? 0) < pending.current) return;
      pending.current = null;
    }
    setStatus(next);
    const active = next.running !== null || next.job?.status === "running" || next.job?.status === "starting";
    if (wasActive.current && !active) router.refresh();
    wasActive.current = active;
  }, [router]);

  const follow = useCallback((runId: number) => {
    pending.current = runId;
    wasActive.current = true;
    setStatus((prev) => ({
      running: prev?.running ?? null,
      job: { runId, status: "starting", triggeredBy: "", only: null, startedAt: new Date().toISOString(), done: 0, total: 0, current: null, ratePerSec: 0, errors: [], summary: null, crash: null },
    }));
  }, []);

  useEffect(() => {
    void refresh();
    const onStart = (event: Event) => {
      const runId = (event as CustomEvent<{ runId: number }>).detail?.runId;
      if (runId) follow(runId);
      void refresh();
    };
    window.addEventListener(RUN_STARTED_EVENT, onStart);
    return () => window.removeEventListener(RUN_STARTED_EVENT, onStart);
  }, [refresh, follow]);

  const active = status !== null && (status.running !== null || status.job?.status === "running" || status.job?.status === "starting");
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void refresh(), 1000);
    return () => clearInterval(timer);
  }, [active, refresh]);

  async function start() {
    setBusy(true);
    setMessage(null);
    const res = await postJson<{ runId?: number }>("/api/admin/import", {});
    setBusy(false);
    if (res.status === 202 && res.body.runId) {
      follow(res.body.runId);
      setMessage(`导入已开始（运行 #${res.body.runId}）`);
    } else setMessage(errorText(res.body, res.status));
    void refresh();
  }

  const job = status?.job ?? null;
  const other = status?.running && status.running.id !== job?.runId ? status.running : null;
  return (
    <section aria-labelledby="import-heading" className="rounded border border-stone-200 bg-white p-4" data-testid="import-panel" data-ready={status !== null}>
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="import-heading" className="text-lg font-semibold">
          导入
        </h2>
        <button type="button" onClick={start} disabled={busy || active} className="rounded bg-brand px-4 py-1.5 text-white disabled:opacity-50">
          重新导入
        </button>
        {message && (
          <p role="status" className="text-sm text-stone-700">
            {message}
          </p>
        )}
      </div>

      {other && (
        <p className="mt-3 text-sm text-amber-800" role="status">
          正在运行：#{other.id}，由 {other.triggeredBy ?? other.trigger} 于 {new Date(other.startedAt).toLocaleString("zh-CN")} 启动，已处理 {other.done}/{other.total}
        </p>
      )}

      {job && (
        <div className="mt-3 text-sm" data-testid="import-progress">
          <p aria-live="polite">
            {job.status === "finished" ? "已完成" : job.status === "crashed" ? "已中断" : "进行中"}
            {job.runId !== null && (
              <>
                {" "}
                · <Link href={`/admin/runs/${job.runId}`} className="underline">运行 #{job.runId}</Link>
              </>
            )}
            {" "}
            · 文件 <span data-testid="progress-done">{job.done}</span>/<span data-testid="progress-total">{job.total}</span>
            {" "}
            · {job.ratePerSec.toFixed(1)} 个/秒
            {job.current && job.status !== "finished" && <> · 当前:<code className="break-all">{job.current}</code></>}
          </p>
          {job.total > 0 && <progress className="mt-2 w-full" max={job.total} value={job.done} aria-label="导入进度" />}
          {job.crash && <p className="mt-2 text-red-700">导入出错:{job.crash}</p>}
          {job.summary && (
            <dl className="mt-3 grid grid-cols-3 gap-2 sm:grid-cols-6" data-testid="import-summary">
              {(
                [
                  ["新增", job.summary.added],
                  ["更新", job.summary.updated],
                  ["未变", job.summary.unchanged],
                  ["重复", job.summary.duplicates],
                  ["失败", job.summary.failed],
                  ["缺失", job.summary.missing],
                ] as const
              ).map(([label, n]) => (
                <div key={label} className="rounded bg-stone-100 px-2 py-1">
                  <dt className="text-xs text-stone-500">{label}</dt>
                  <dd className="font-semibold">{n}</dd>
                </div>
              ))}
            </dl>
          )}
          {job.errors.length > 0 && (
            <div className="mt-3">
              <h3 className="font-semibold text-red-800">错误({job.errors.length})</h3>
              <ul className="mt-1 max-h-48 overflow-auto text-red-800" data-testid="import-errors">
                {job.errors.map((e, i) => (
                  <li key={i}>
                    <code className="break-all">{e.path}</code>:{e.error}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
