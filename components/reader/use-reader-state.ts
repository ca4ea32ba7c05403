"use client";
/**
 * The reader's state in a client component: null on the server and while hydrating (so the
 * server's HTML is the same for everyone and hydration agrees), the browser's state after.
 */
import { useSyncExternalStore } from "react";
import type { ReaderState } from "@/lib/reader/reader-state";
import { readerState, subscribeReaderState } from "./reader-store";

export function useReaderState(): ReaderState | null {
  return useSyncExternalStore(subscribeReaderState, readerState, () => null);
}
