"use client";
/** Re-imports one file of a run (POST /api/admin/import with `only`), then follows the new run. */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { errorText, postJson } from "./post-json";

export function RerunButton({ path }: { path: string }) {
  const router = useRouter();
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function rerun() {
    setBusy(true);
    const res = await postJson<{ runId?: number }>("/api/admin/import", { only: [path] });
    setBusy(false);
    if (res.status === 202 && res.body.runId) router.push(`/admin/runs/${res.body.runId}`);
    else setNote(errorText(res.body, res.status));
  }

  return (
    <span>
      <button type="button" onClick={rerun} disabled={busy} className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-50">
        重新导入此文件
      </button>
      {note && <span className="ml-2 text-xs text-red-700">{note}</span>}
    </span>
  );
}
