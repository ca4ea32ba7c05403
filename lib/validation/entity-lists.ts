/** Query strings of the company and person lists (pages and JSON API). */
import { z } from "zod";
import { issuesOf, unknownParam } from "./api-error";
import { flattenParams, type RawSearchParams } from "./query";

export const COMPANY_KINDS = ["company", "investor", "lab", "university", "media", "government", "association"] as const;
export type CompanyKind = (typeof COMPANY_KINDS)[number];

/**
 * Cursor of the company and person lists: the last row's article count and id. The next page
 * starts after that id wherever it now stands; if it has left the list (rejected, or its articles
 * gone), after the last entity with more articles than it had.
 */
export const EntityCursorSchema = z
  .string()
  .max(24)
  .regex(/^\d{1,9}\.\d{1,10}$/, "不是有效的翻页游标")
  .transform((s) => {
    const [count, id] = s.split(".") as [string, string];
    return { articleCount: Number(count), id: Number(id) };
  });
export type EntityCursor = z.output<typeof EntityCursorSchema>;

export function encodeEntityCursor(e: { articleCount: number; id: number }): string {
  return `${e.articleCount}.${e.id}`;
}

export const CompanyListSchema = z.object({
  kind: z.enum(COMPANY_KINDS).optional(),
  cursor: EntityCursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type CompanyListQuery = z.output<typeof CompanyListSchema>;

export const PersonListSchema = z.object({
  cursor: EntityCursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PersonListQuery = z.output<typeof PersonListSchema>;

function strict<S extends z.ZodObject>(schema: S, raw: RawSearchParams | URLSearchParams) {
  const flat = flattenParams(raw);
  const known = new Set(Object.keys(schema.shape));
  const unknown = Object.keys(flat).filter((k) => !known.has(k));
  if (unknown.length > 0) return { ok: false as const, issues: unknown.map(unknownParam) };
  const parsed = schema.safeParse(flat);
  return parsed.success ? { ok: true as const, query: parsed.data as z.output<S> } : { ok: false as const, issues: issuesOf(parsed.error) };
}

export const parseCompanyListStrict = (raw: RawSearchParams | URLSearchParams) => strict(CompanyListSchema, raw);
export const parsePersonListStrict = (raw: RawSearchParams | URLSearchParams) => strict(PersonListSchema, raw);

/** How the pages order a list: most articles (default), name in pinyin order, latest mention. */
export const ENTITY_SORTS = ["articles", "name", "recent"] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];

/** Rows on one page of the /companies and /people lists: a screen or two, not the whole list. */
export const ENTITY_PAGE_SIZE = 50;

/**
 * A page number as a reader types or shares it: digits only, from 1. Anything else is ignored
 * (and named back) so the reader lands on the first page; a number past the last page is a 404.
 */
export const PageNumberSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/, "页码应为正整数")
  .transform(Number);

/**
 * What the /companies and /people pages read: a name search, an order and a page number. The
 * API's cursor and offset are not theirs: a cursor follows the article-count order only, and a
 * page link has to work in every order.
 */
const PageFields = {
  q: z.string().trim().min(1).max(50).optional(),
  sort: z.enum(ENTITY_SORTS).default("articles"),
  page: PageNumberSchema.default(1),
  limit: z.coerce.number().int().min(1).max(100).default(ENTITY_PAGE_SIZE),
};
export const CompanyPageSchema = z.object({ kind: z.enum(COMPANY_KINDS).optional(), ...PageFields });
export const PersonPageSchema = z.object(PageFields);
export type CompanyPageQuery = z.output<typeof CompanyPageSchema>;
export type PersonPageQuery = z.output<typeof PersonPageSchema>;

/**
 * Pages: each parameter is read on its own, so a bad sort keeps the search and the kind, and
 * what was ignored is named back to the reader; unknown parameters are dropped silently.
 */
function lenient<S extends z.ZodObject>(schema: S, raw: RawSearchParams): { query: z.output<S>; ignored: string[] } {
  const flat = flattenParams(raw);
  const kept: Record<string, string> = {};
  const ignored: string[] = [];
  for (const key of Object.keys(schema.shape)) {
    const value = flat[key];
    if (value === undefined) continue;
    const field = (schema.shape as Record<string, z.ZodType>)[key]!;
    if (field.safeParse(value).success) kept[key] = value;
    else ignored.push(key);
  }
  return { query: schema.parse(kept) as z.output<S>, ignored };
}

export const parseCompanyPage = (raw: RawSearchParams) => lenient(CompanyPageSchema, raw);
export const parsePersonPage = (raw: RawSearchParams) => lenient(PersonPageSchema, raw);
