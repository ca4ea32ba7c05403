/** Types for page-cache-handler.mjs (plain JavaScript: Node loads it outside the bundle). */
export interface PageCacheEntry {
  lastModified?: number;
  cacheControl?: { revalidate?: number | false; expire?: number };
  value?: { kind?: string } | null;
}
export interface PageCacheValue {
  kind: string;
  status?: number;
  html?: string;
  rscData?: Uint8Array;
  body?: Uint8Array;
  segmentData?: Map<string, Uint8Array>;
  headers?: Record<string, string>;
}
export const MAX_ENTRIES: number;
export const MAX_BYTES: number;
export const MAX_SEGMENT_BYTES: number;
export function judged<T extends PageCacheEntry | null | undefined>(entry: T, judge: unknown, now: number): T;
export const BEHIND_TIMEOUT_MS: number;
export const MAX_BEHIND_PAUSE_MS: number;
export interface BehindRenders {
  key: string | null;
  since: number;
  nextAt: number;
}
export function staleButServable(entry: PageCacheEntry, now: number): number | null;
export function behindRenders(): BehindRenders;
export function whileImporting<T extends PageCacheEntry | null | undefined>(key: unknown, original: T, entry: T, importing: unknown, renders: BehindRenders, now: number): T;
export function renderedBehind(key: string, renders: BehindRenders, now: number): void;
export function keepable(key: string, value: PageCacheValue | null | undefined): boolean;
export function valueBytes(key: string, value: PageCacheValue): number;
declare class DataAwarePageCache {
  constructor(ctx: unknown);
  static usage(): { entries: number; bytes: number };
  static renders: BehindRenders;
  get(...args: unknown[]): Promise<PageCacheEntry | null>;
  set(key: string, data: PageCacheValue | null, ctx: unknown): Promise<void>;
}
export default DataAwarePageCache;
export function atomicWrites<T extends { writeFile(file: string, data: unknown): Promise<unknown> }>(cacheFs: T): T;
export function cacheRoot(serverDistDir: string, env?: Record<string, string | undefined>): string;
