"use client";
/** One discovered entity awaiting review: confirm, reject, or merge into an existing entity (by name or slug). */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { errorText, postJson } from "./post-json";

export function EntityReview({ kind, id, name, listId }: { kind: "company" | "person"; id: number; name: string; listId: string }) {
  const router = useRouter();
  const [into, setInto] = useState("");
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(body: { action: "confirm" } | { action: "reject" } | { action: "merge"; into: string }) {
    setBusy(true);
    setNote(null);
    const res = await postJson(`/api/admin/entities/${kind}/${id}`, body);
    setBusy(false);
    if (res.status === 200) router.refresh();
    else setNote(errorText(res.body, res.status));
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" disabled={busy} onClick={() => decide({ action: "confirm" })} className="rounded bg-green-700 px-2 py-0.5 text-xs text-white disabled:opacity-50">
        确认
      </button>
      <button type="button" disabled={busy} onClick={() => decide({ action: "reject" })} className="rounded bg-stone-600 px-2 py-0.5 text-xs text-white disabled:opacity-50">
        拒绝
      </button>
      <form
        className="flex items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          if (into.trim()) void decide({ action: "merge", into: into.trim() });
        }}
      >
        <label className="sr-only" htmlFor={`merge-${kind}-${id}`}>
          将“{name}”合并到
        </label>
        <input
          id={`merge-${kind}-${id}`}
          list={listId}
          value={into}
          onChange={(e) => setInto(e.target.value)}
          placeholder="合并到…"
          className="w-36 rounded border border-stone-300 px-1 py-0.5 text-xs"
        />
        <button type="submit" disabled={busy || !into.trim()} className="rounded border border-stone-300 px-2 py-0.5 text-xs disabled:opacity-50">
          合并
        </button>
      </form>
      {note && <span className="text-xs text-red-700">{note}</span>}
    </div>
  );
}
