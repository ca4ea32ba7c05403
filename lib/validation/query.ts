/**
 * Shared helpers for reading Next.js query strings and route params with zod: a query value
 * may arrive as a string, an array (repeated key) or be missing; we take the first value and
 * treat an empty string as missing, so `?source=` means "no source filter".
 */
import { z } from "zod";

export type RawSearchParams = Record<string, string | string[] | undefined>;

export function firstValue(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  if (s === undefined) return undefined;
  const t = s.trim();
  return t === "" ? undefined : t;
}

/** Flattens Next's searchParams (or URLSearchParams) into first-values only. */
export function flattenParams(raw: RawSearchParams | URLSearchParams): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (raw instanceof URLSearchParams) {
    for (const key of new Set(raw.keys())) out[key] = firstValue(raw.get(key) ?? undefined);
    return out;
  }
  for (const [key, value] of Object.entries(raw)) out[key] = firstValue(value);
  return out;
}

/** Every non-empty value of a key that may repeat (`?company=a&company=b`). */
export function allValues(raw: RawSearchParams | URLSearchParams, key: string): string[] {
  const values = raw instanceof URLSearchParams ? raw.getAll(key) : ([] as string[]).concat(raw[key] ?? []);
  return values.map((v) => v.trim()).filter((v) => v !== "");
}

/** A slug of a company or person: what the entity store produces (letters, digits, - _ . and Han). */
export const SlugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, "不是有效的标识（slug）");

/** A positive database id as it appears in a URL: digits only, no sign, no leading zeros. */
export const IdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, "不是有效的编号")
  .transform(Number)
  .refine((n) => n <= 2_147_483_647, "编号超出范围");

/** A calendar day, YYYY-MM-DD, that exists. */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期应写成 YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "不是真实存在的日期");


/** A slug from a route segment (which may still be percent-encoded), or null when it is not a slug. */
export function parseSlugParam(raw: string): string | null {
  let value = raw;
  if (raw.includes("%")) {
    try {
      value = decodeURIComponent(raw);
    } catch {
      return null;
    }
  }
  const parsed = SlugSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
