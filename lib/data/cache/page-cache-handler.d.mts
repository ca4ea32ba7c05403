/** Types for page-cache-handler.mjs (plain JavaScript: Node loads it outside the bundle). */
export interface PageCacheEntry {
  lastModified?: number;
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
export function keepable(key: string, value: PageCacheValue | null | undefined): boolean;
export function valueBytes(key: string, value: PageCacheValue): number;
declare class DataAwarePageCache {
  constructor(ctx: unknown);
  static usage(): { entries: number; bytes: number };
  get(...args: unknown[]): Promise<PageCacheEntry | null>;
  set(key: string, data: PageCacheValue | null, ctx: unknown): Promise<void>;
}
export default DataAwarePageCache;
export function atomicWrites<T extends { writeFile(file: string, data: unknown): Promise<unknown> }>(cacheFs: T): T;
export function cacheRoot(serverDistDir: string, env?: Record<string, string | undefined>): string;
