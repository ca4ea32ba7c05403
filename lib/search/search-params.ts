/**
 * zod schemas for the search inputs from URLs: strict for the JSON API (bad input → 400) and
 * forgiving for the /search page (bad input → defaults, so a hand-edited URL still shows a page).
 */
import { z } from "zod";

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 50;
export const PAGE_MAX = 50;
/** Longer input than the parser uses is accepted by the page (and cut); the API refuses it. */
export const Q_MAX_API = 1000;

export const SortSchema = z.enum(["relevance", "recent"]);
export type Sort = z.infer<typeof SortSchema>;

/**
 * The API's search cursor: ranked results have no key to continue from (relevance is not a
 * column), so the cursor names the next page of the same ranking; a client treats it as opaque.
 */
export const SearchCursorSchema = z
  .string()
  .regex(/^p\d{1,2}$/, "不是有效的翻页游标")
  .transform((s) => Number(s.slice(1)))
  .refine((n) => n >= 1 && n <= PAGE_MAX, "不是有效的翻页游标");

export function encodeSearchCursor(page: number): string {
  return `p${page}`;
}

/** "story" (the default): hits of one story on a page are one result; "off": every article. */
export const GroupSchema = z.enum(["story", "off"]);
export type Group = z.infer<typeof GroupSchema>;

export const SearchApiParams = z
  .object({
    q: z.string().max(Q_MAX_API, `q is longer than ${Q_MAX_API} characters`).default(""),
    page: z.coerce.number().int().min(1).max(PAGE_MAX).default(1),
    cursor: SearchCursorSchema.optional(),
    pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
    sort: SortSchema.default("relevance"),
    group: GroupSchema.default("story"),
  })
  .strict();
export type SearchApiParams = z.infer<typeof SearchApiParams>;

/** A feed follows one non-empty query; nothing else is accepted. */
export const SearchFeedParams = z
  .object({ q: z.string().trim().min(1, "q is required").max(Q_MAX_API, `q is longer than ${Q_MAX_API} characters`) })
  .strict();

export const SuggestApiParams = z
  .object({
    q: z.string().max(100, "q is longer than 100 characters").default(""),
    limit: z.coerce.number().int().min(1).max(20).default(8),
  })
  .strict();
export type SuggestApiParams = z.infer<typeof SuggestApiParams>;

/** One value per key (the last wins), as URLSearchParams or Next's searchParams give them. */
export function firstValues(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  if (params instanceof URLSearchParams) {
    for (const [k, v] of params) out[k] = v;
    return out;
  }
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === "string") out[k] = v;
    else if (Array.isArray(v) && v.length > 0) out[k] = v[v.length - 1]!;
  }
  return out;
}

export const SearchPageParams = z.object({
  q: z.string().catch("").transform((s) => s.slice(0, Q_MAX_API)).default(""),
  page: z.coerce.number().int().min(1).max(PAGE_MAX).catch(1).default(1),
  sort: SortSchema.catch("relevance").default("relevance"),
  group: GroupSchema.catch("story").default("story"),
});
export type SearchPageParams = z.infer<typeof SearchPageParams>;
