"use client";
/**
 * Asks before a destructive admin action. A native modal <dialog>: the browser traps focus inside
 * it, Escape cancels, and it is announced as a dialog with its title and description. Focus
 * starts on 取消 so an Enter pressed out of habit does not destroy anything.
 */
import { useEffect, useId, useRef } from "react";

export interface ConfirmRequest {
  title: string;
  description: string;
  confirmLabel: string;
}

export function ConfirmDialog({ request, onConfirm, onCancel }: { request: ConfirmRequest | null; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!request && dialog.open) dialog.close();
  }, [request]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      onClose={() => request && onCancel()}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded border border-stone-300 bg-white p-4 text-stone-900 backdrop:bg-stone-950/50"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {request?.title}
      </h2>
      <p id={`${id}-desc`} className="mt-2 text-sm text-stone-700">
        {request?.description}
      </p>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <button ref={cancelRef} type="button" onClick={onCancel} className="min-h-9 rounded border border-stone-400 px-4 text-sm hover:bg-stone-100">
          取消
        </button>
        <button type="button" onClick={onConfirm} className="min-h-9 rounded bg-stone-800 px-4 text-sm text-white hover:bg-stone-700">
          {request?.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
