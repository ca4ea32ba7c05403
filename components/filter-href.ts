/**
 * Builds list URLs from the current filters plus a change, so every filter is a plain link
 * (shareable, works without JavaScript, back/forward restore it). Changing a filter always
 * drops the page cursor: the new list starts at its first page. Companies and people repeat
 * their key (`?company=a&company=b`); how they combine (`match`) and whether stories are grouped
 * (`group`) are kept in every link.
 */
import { FILTER_KEYS, type ArticleFilters } from "@/lib/validation/article-filters";

export interface FilterValues {
  company?: string[];
  person?: string[];
  source?: string;
  from?: string;
  to?: string;
  script?: string;
  match?: "all" | "any";
  group?: "story" | "off";
}

export type FilterChange = { [K in keyof FilterValues]?: FilterValues[K] | null };

export function filterValues(f: ArticleFilters): FilterValues {
  const out: FilterValues = {};
  if (f.company?.length) out.company = f.company;
  if (f.person?.length) out.person = f.person;
  for (const k of ["source", "from", "to", "script"] as const) if (f[k] !== undefined) out[k] = f[k];
  if (f.match) out.match = f.match;
  if (f.group) out.group = f.group;
  return out;
}

/** The list with `value` added, or taken out when it is there. */
export function toggled(list: readonly string[] | undefined, value: string): string[] {
  const l = list ?? [];
  return l.includes(value) ? l.filter((v) => v !== value) : [...l, value];
}

export function filterHref(base: string, current: FilterValues, change: FilterChange = {}, cursor?: string): string {
  const params = new URLSearchParams();
  const next: FilterValues = { ...current };
  for (const [k, v] of Object.entries(change) as [keyof FilterValues, unknown][]) {
    if (v === null || v === undefined) delete next[k];
    else (next as Record<string, unknown>)[k] = v;
  }
  for (const k of FILTER_KEYS) {
    const v = next[k];
    if (Array.isArray(v)) for (const one of v) params.append(k, one);
    else if (v) params.set(k, v);
  }
  // "all" and grouping are the defaults; "any" means something only with two or more picks.
  if (next.match === "any" && (next.company?.length ?? 0) + (next.person?.length ?? 0) > 0) params.set("match", "any");
  if (next.group === "off") params.set("group", "off");
  if (cursor) params.set("cursor", cursor);
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}
