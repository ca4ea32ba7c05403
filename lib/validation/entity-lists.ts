/** Query strings of the company and person lists (pages and JSON API). */
import { z } from "zod";
import { issuesOf, unknownParam } from "./api-error";
import { flattenParams, type RawSearchParams } from "./query";

export const COMPANY_KINDS = ["company", "investor", "lab", "university", "media", "government", "association"] as const;
export type CompanyKind = (typeof COMPANY_KINDS)[number];

export const CompanyListSchema = z.object({
  kind: z.enum(COMPANY_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type CompanyListQuery = z.output<typeof CompanyListSchema>;

export const PersonListSchema = z.object({
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

/** Pages: a bad kind shows every kind rather than an error. */
export function parseCompanyListLenient(raw: RawSearchParams): CompanyListQuery {
  const flat = flattenParams(raw);
  const parsed = CompanyListSchema.safeParse(flat);
  return parsed.success ? parsed.data : CompanyListSchema.parse({});
}
