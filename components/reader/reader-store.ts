/**
 * The browser side of lib/reader/reader-state.ts: one snapshot of the state read from
 * localStorage, updated by this tab's writes and by other tabs' (the storage event), for
 * useSyncExternalStore and the row marks. Storage can be missing or full (private windows,
 * quotas); the state then lives for this page only and nothing throws.
 */
import { beginVisit, EMPTY_STATE, parseReaderState, type ReaderState } from "@/lib/reader/reader-state";

const KEY = "llmnews.reader.v1";
const BASELINE_KEY = "llmnews.reader.baseline";

let snapshot: ReaderState | null = null;
let baseline: string | null | undefined;
const listeners = new Set<() => void>();

function load(): ReaderState {
  try {
    return parseReaderState(window.localStorage.getItem(KEY));
  } catch {
    return EMPTY_STATE;
  }
}

export function readerState(): ReaderState {
  snapshot ??= load();
  return snapshot;
}

function write(next: ReaderState): void {
  snapshot = next;
  try {
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Quota or a disabled storage: keep the state for this page.
  }
}

export function updateReaderState(change: (s: ReaderState) => ReaderState): void {
  const next = change(readerState());
  if (next === snapshot) return;
  write(next);
  for (const l of listeners) l();
}

export function subscribeReaderState(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key !== KEY && e.key !== null) return;
    snapshot = load();
    listener();
  };
  // A page restored from the back-forward cache missed the writes other pages made meanwhile.
  const onShow = (e: PageTransitionEvent) => {
    if (!e.persisted) return;
    snapshot = load();
    listener();
  };
  window.addEventListener("storage", onStorage);
  window.addEventListener("pageshow", onShow);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
    window.removeEventListener("pageshow", onShow);
  };
}

/**
 * The instant "new" counts from in this visit (a browser session): the previous visit's start,
 * fixed at the first page of the session so that reloading does not clear the marks.
 */
export function visitBaseline(): string | null {
  if (baseline !== undefined) return baseline;
  try {
    const kept = window.sessionStorage.getItem(BASELINE_KEY);
    if (kept !== null) {
      baseline = kept === "" ? null : kept;
      return baseline;
    }
  } catch {
    // No session storage: each page load is a visit.
  }
  const started = beginVisit(readerState(), new Date());
  baseline = started.baseline;
  // Silently: only the next visit reads lastVisit, and this may run while a component renders.
  write(started.state);
  try {
    window.sessionStorage.setItem(BASELINE_KEY, baseline ?? "");
  } catch {
    // As above.
  }
  return baseline;
}
