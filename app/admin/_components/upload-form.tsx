"use client";
/** Upload scraped files (.txt, .html, .htm, .zip) into the seeds folder and import them; shows refusals with reasons. */
import { uploadHeadline } from "./upload-messages";
import { useEffect, useState } from "react";
import { RUN_STARTED_EVENT } from "./import-panel";
import type { ApiErrorAnswer } from "./post-json";

export function UploadForm({ maxFileMiB, maxFiles, maxRequestMiB }: { maxFileMiB: number; maxFiles: number; maxRequestMiB: number }) {
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const [sending, setSending] = useState(false);
  // Tells browser tests the form is hydrated (before that, submitting would not go through `submit`).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setSending(true);
    setResult(null);
    const res = await fetch("/api/admin/upload", { method: "POST", body: new FormData(form), credentials: "same-origin" });
    setSending(false);
    if (res.status === 401) return window.location.assign("/admin/login");
    const body = (await res.json().catch(() => ({}))) as ApiErrorAnswer & {
      runId?: number;
      saved?: string[];
      renamed?: { requested: string; savedAs: string }[];
      /** Each refusal's code and Chinese sentence, written by the server (lib/upload/problems.ts). */
      problems?: { code: string; file: string | null; message: string }[];
    };
    if (res.status === 202) {
      const renamed = (body.renamed ?? []).map((r) => `${r.requested} 已有同名文件，另存为 ${r.savedAs}（原文件保留）`);
      setResult({ ok: true, lines: [`已保存 ${body.saved?.length ?? 0} 个文件，正在导入（运行 #${body.runId}）`, ...(body.saved ?? []), ...renamed] });
      form.reset();
      window.dispatchEvent(new CustomEvent(RUN_STARTED_EVENT, { detail: { runId: body.runId } }));
    } else {
      // The route's Chinese message; the status headline when the answer is not the contract (a proxy's page).
      const headline = typeof body.error?.message === "string" ? body.error.message : uploadHeadline(res.status);
      const saved = res.status === 409 && body.saved ? [`已保存 ${body.saved.length} 个文件：`, ...body.saved] : [];
      setResult({ ok: false, lines: [headline, ...saved, ...(body.problems ?? []).map((p) => p.message)] });
    }
  }

  return (
    <section aria-labelledby="upload-heading" className="rounded border border-stone-200 bg-white p-4">
      <h2 id="upload-heading" className="text-lg font-semibold">
        上传文件
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        .txt、.html、.htm，或它们的 .zip 压缩包；单个文件不超过 {maxFileMiB} MiB,一次最多 {maxFiles} 个文件、{maxRequestMiB} MiB。文件保存到 seeds/uploads/ 并立即导入。
      </p>
      <form onSubmit={submit} className="mt-3 flex flex-wrap items-center gap-3" data-ready={ready}>
        <label htmlFor="upload-files" className="sr-only">
          选择文件
        </label>
        <input id="upload-files" name="files" type="file" multiple required accept=".txt,.html,.htm,.zip" className="text-sm" />
        <button type="submit" disabled={sending} className="rounded bg-stone-800 px-4 py-1.5 text-sm text-white disabled:opacity-50">
          {sending ? "上传中…" : "上传并导入"}
        </button>
      </form>
      {result && (
        <ul role="status" data-testid="upload-result" className={`mt-3 text-sm ${result.ok ? "text-green-800" : "text-red-800"}`}>
          {result.lines.map((l, i) => (
            <li key={i} className="break-all">
              {l}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
