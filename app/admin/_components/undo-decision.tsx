"use client";
/** Undoes one decision from the list of decided entities: an entity back to review, or a merge forgotten. */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { errorText, postJson } from "./post-json";

export function UndoDecision({ url, name }: { url: string; name: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  async function undo() {
    setBusy(true);
    setNote(null);
    const res = await postJson(url, { action: "undo" });
    setBusy(false);
    if (res.status === 200) router.refresh();
    else setNote(errorText(res.body, res.status));
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={undo} disabled={busy} aria-label={`撤销对“${name}”的决定`} className="min-h-9 rounded border border-stone-400 px-3 text-sm hover:bg-stone-100 disabled:opacity-50">
        撤销
      </button>
      {note && (
        <span role="alert" className="text-sm text-red-700">
          {note}
        </span>
      )}
    </span>
  );
}
