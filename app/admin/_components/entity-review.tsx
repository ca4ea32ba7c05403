"use client";
/**
 * One discovered entity awaiting review: confirm, reject, or merge into an existing entity (by
 * name or slug). Reject and merge ask first (ConfirmDialog); both can be undone from the list of
 * decided entities.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { ConfirmDialog, type ConfirmRequest } from "./confirm-dialog";
import { errorText, postJson } from "./post-json";

type Decision = { action: "confirm" } | { action: "reject" } | { action: "merge"; into: string };

const BUTTON = "min-h-9 rounded px-3 text-sm disabled:opacity-50";

export function EntityReview({ kind, id, name, listId }: { kind: "company" | "person"; id: number; name: string; listId: string }) {
  const router = useRouter();
  const [into, setInto] = useState("");
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ decision: Decision; ask: ConfirmRequest } | null>(null);
  const label = kind === "company" ? "公司" : "人物";

  async function decide(body: Decision) {
    setPending(null);
    setBusy(true);
    setNote(null);
    const res = await postJson(`/api/admin/entities/${kind}/${id}`, body);
    setBusy(false);
    if (res.status === 200) router.refresh();
    else setNote(errorText(res.body, res.status));
  }

  const askReject = () =>
    setPending({
      decision: { action: "reject" },
      ask: { title: `拒绝“${name}”？`, description: `删除这个${label}的所有提及，以后导入也不再识别这个名称。可在“已决定”列表中撤销。`, confirmLabel: "确定拒绝" },
    });
  const askMerge = (target: string) =>
    setPending({
      decision: { action: "merge", into: target },
      ask: { title: `把“${name}”合并到“${target}”？`, description: `“${name}”的提及会归到“${target}”，这个名称成为它的别名。可在“已决定”列表中撤销。`, confirmLabel: "确定合并" },
    });

  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <button type="button" disabled={busy} onClick={() => decide({ action: "confirm" })} className={`${BUTTON} bg-emerald-700 text-white`}>
        确认
      </button>
      <button type="button" disabled={busy} onClick={askReject} className={`${BUTTON} border border-stone-400`}>
        拒绝
      </button>
      <form
        className="flex min-w-0 items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          if (into.trim()) askMerge(into.trim());
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
          className="min-h-9 w-36 min-w-0 rounded border border-stone-300 px-2 text-sm"
        />
        <button type="submit" disabled={busy || !into.trim()} className={`${BUTTON} border border-stone-400`}>
          合并
        </button>
      </form>
      {note && (
        <span role="alert" className="text-sm text-red-700">
          {note}
        </span>
      )}
      <ConfirmDialog request={pending?.ask ?? null} onConfirm={() => pending && void decide(pending.decision)} onCancel={() => setPending(null)} />
    </div>
  );
}
