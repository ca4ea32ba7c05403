/**
 * The article list's filters as they live in the URL (?company=&person=&source=&from=&to=&script=
 * &match=&group=&cursor=&limit=). company and person may repeat (`?company=a&company=b`): with
 * match=all (the default) an article must name every one, with match=any at least one. group=off
 * lists every article instead of one row per story. Pages drop a bad value and say so; the JSON
 * API answers 400 with the issues.
 */
import { z } from "zod";
import { issuesOf, unknownParam } from "./api-error";
import { DaySchema, SlugSchema, allValues, flattenParams, type RawSearchParams } from "./query";

/** At most this many companies (and as many people) at once. */
export const MAX_PICKS = 10;

/** One slug or several (a repeated key), without repeats. */
const SlugListSchema = z
  .union([SlugSchema.transform((v) => [v]), z.array(SlugSchema).min(1).max(MAX_PICKS, `最多同时选择 ${MAX_PICKS} 个`)])
  .transform((list) => [...new Set(list)]);

/** Keyset cursor: the last row's publishedAt (ms since epoch, or "n" when it has none) and id. */
export const CursorSchema = z
  .string()
  .max(40)
  .regex(/^(n|-?\d{1,15})\.\d{1,10}$/, "不是有效的翻页游标")
  .transform((s) => {
    const [at, id] = s.split(".") as [string, string];
    return { publishedAt: at === "n" ? null : new Date(Number(at)), id: Number(id) };
  });

export type Cursor = z.output<typeof CursorSchema>;

export function encodeCursor(c: { publishedAt: Date | null; id: number }): string {
  return `${c.publishedAt ? c.publishedAt.getTime() : "n"}.${c.id}`;
}

/** Rows on one page of the article lists unless `limit` says otherwise. */
export const ARTICLE_PAGE_SIZE = 20;

export const ArticleFiltersSchema = z
  .object({
    company: SlugListSchema.optional(),
    person: SlugListSchema.optional(),
    match: z.enum(["all", "any"]).optional(),
    group: z.enum(["story", "off"]).optional(),
    source: z.string().max(200).optional(),
    from: DaySchema.optional(),
    to: DaySchema.optional(),
    script: z.enum(["simplified", "traditional"]).optional(),
    cursor: CursorSchema.optional(),
    /** A page number typed or shared by hand (the app's own links page by cursor). */
    page: z.coerce.number().int().min(1).max(1_000_000).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(ARTICLE_PAGE_SIZE),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "起始日期不能晚于截止日期", path: ["from"] });

export type ArticleFilters = z.output<typeof ArticleFiltersSchema>;

/** The filter keys a reader can set and remove (cursor and limit are paging, not filters). */
export const FILTER_KEYS = ["company", "person", "source", "from", "to", "script"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** How the filters combine and how rows are shown: kept in links, not removable filters themselves. */
export const VIEW_KEYS = ["match", "group"] as const;
/** Keys that may repeat in the URL. */
const LIST_KEYS = new Set<string>(["company", "person"]);

const KNOWN_KEYS = new Set<string>([...FILTER_KEYS, ...VIEW_KEYS, "cursor", "page", "limit"]);

/** First values of every key, and every value of the keys that may repeat. */
function paramObject(raw: RawSearchParams | URLSearchParams): Record<string, string | string[] | undefined> {
  const out: Record<string, string | string[] | undefined> = flattenParams(raw);
  for (const key of LIST_KEYS) {
    const all = allValues(raw, key);
    out[key] = all.length === 0 ? undefined : all.length === 1 ? all[0] : all;
  }
  return out;
}

/** Strict parse for the API: any bad or unknown parameter is an error. */
export function parseArticleFiltersStrict(raw: RawSearchParams | URLSearchParams) {
  const flat = paramObject(raw);
  const unknown = Object.keys(flat).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length > 0) {
    return { ok: false as const, issues: unknown.map(unknownParam) };
  }
  const parsed = ArticleFiltersSchema.safeParse(flat);
  return parsed.success ? { ok: true as const, filters: parsed.data } : { ok: false as const, issues: issuesOf(parsed.error) };
}

/**
 * Forgiving parse for pages: each bad value is dropped (and reported) so a mistyped link still
 * shows articles instead of an error page.
 */
export function parseArticleFiltersLenient(raw: RawSearchParams): { filters: ArticleFilters; ignored: string[] } {
  const flat = paramObject(raw);
  const kept: Record<string, string | string[] | undefined> = {};
  const ignored: string[] = [];
  for (const key of KNOWN_KEYS) {
    const value = flat[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      // Keep the good slugs of a repeated key, up to the limit.
      const good = value.filter((v) => SlugSchema.safeParse(v).success).slice(0, MAX_PICKS);
      if (good.length < value.length) ignored.push(key);
      if (good.length === 0) continue;
      kept[key] = good;
      continue;
    }
    const one = ArticleFiltersSchema.safeParse({ [key]: value });
    if (one.success) kept[key] = value;
    else ignored.push(key);
  }
  const all = ArticleFiltersSchema.safeParse(kept);
  if (all.success) return { filters: all.data, ignored };
  // Only the cross-field rule can fail here (from after to): drop the range.
  delete kept.from;
  delete kept.to;
  ignored.push("from", "to");
  return { filters: ArticleFiltersSchema.parse(kept), ignored };
}
