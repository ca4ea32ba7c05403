/** Reading a route's parameters with its registry schemas: strict (unknown keys are errors), issues in the API's one format. */
import type { z } from "zod";
import { issuesOf, unknownParam, type ApiIssue } from "@/lib/validation/api-error";
import { flattenParams } from "@/lib/validation/query";

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ApiIssue[] };

export function parseQuery<S extends z.ZodObject>(schema: S, params: URLSearchParams): Parsed<z.output<S>> {
  const flat = flattenParams(params);
  const known = new Set(Object.keys(schema.shape));
  const unknown = Object.keys(flat).filter((k) => !known.has(k));
  if (unknown.length > 0) return { ok: false, issues: unknown.map(unknownParam) };
  const parsed = schema.safeParse(flat);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}

/** A route segment, percent-decoded once (Next hands some encoded); undefined when undecodable. */
function decoded(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

export function parsePathParams<S extends z.ZodObject>(schema: S, raw: Record<string, string>): Parsed<z.output<S>> {
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, decoded(v)]));
  const parsed = schema.safeParse(values);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}
