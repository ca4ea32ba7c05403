/**
 * The article list's filters as they live in the URL (?company=&person=&source=&from=&to=&script=
 * &cursor=&limit=). Pages drop a bad value and say so; the JSON API answers 400 with the issues.
 */
import { z } from "zod";
import { issuesOf, unknownParam } from "./api-error";
import { DaySchema, SlugSchema, flattenParams, type RawSearchParams } from "./query";

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

export const ArticleFiltersSchema = z
  .object({
    company: SlugSchema.optional(),
    person: SlugSchema.optional(),
    source: z.string().max(200).optional(),
    from: DaySchema.optional(),
    to: DaySchema.optional(),
    script: z.enum(["simplified", "traditional"]).optional(),
    cursor: CursorSchema.optional(),
    /** A page number typed or shared by hand (the app's own links page by cursor). */
    page: z.coerce.number().int().min(1).max(1_000_000).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "起始日期不能晚于截止日期", path: ["from"] });

export type ArticleFilters = z.output<typeof ArticleFiltersSchema>;

/** The filter keys a reader can set and remove (cursor and limit are paging, not filters). */
export const FILTER_KEYS = ["company", "person", "source", "from", "to", "script"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const KNOWN_KEYS = new Set<string>([...FILTER_KEYS, "cursor", "page", "limit"]);

/** Strict parse for the API: any bad or unknown parameter is an error. */
export function parseArticleFiltersStrict(raw: RawSearchParams | URLSearchParams) {
  const flat = flattenParams(raw);
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
  const flat = flattenParams(raw);
  const kept: Record<string, string | undefined> = {};
  const ignored: string[] = [];
  for (const key of KNOWN_KEYS) {
    const value = flat[key];
    if (value === undefined) continue;
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
