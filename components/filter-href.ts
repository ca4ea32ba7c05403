/**
 * Builds list URLs from the current filters plus a change, so every filter is a plain link
 * (shareable, works without JavaScript, back/forward restore it). Changing a filter always
 * drops the page cursor: the new list starts at its first page.
 */
import { FILTER_KEYS, type ArticleFilters, type FilterKey } from "@/lib/validation/article-filters";

export type FilterValues = Partial<Record<FilterKey, string>>;

export function filterValues(f: ArticleFilters): FilterValues {
  const out: FilterValues = {};
  for (const k of FILTER_KEYS) {
    const v = f[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export function filterHref(base: string, current: FilterValues, change: Partial<Record<FilterKey, string | null>> = {}, cursor?: string): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = k in change ? change[k] : current[k];
    if (v) params.set(k, v);
  }
  if (cursor) params.set("cursor", cursor);
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}
