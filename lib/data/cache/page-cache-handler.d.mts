/** Types for page-cache-handler.mjs (plain JavaScript: Node loads it outside the bundle). */
export interface PageCacheEntry {
  lastModified?: number;
  value?: { kind?: string } | null;
}
export function judged<T extends PageCacheEntry | null | undefined>(entry: T, judge: unknown, now: number): T;
declare class DataAwarePageCache {
  constructor(ctx: unknown);
  get(...args: unknown[]): Promise<PageCacheEntry | null>;
}
export default DataAwarePageCache;
