/**
 * The JSON API's error contract as tests check it: `{"error": {code, message, issues}}`, a
 * snake_case code, a Chinese message (what the reader sees), issues with param and message, and
 * nothing else inside `error`. Sibling fields (problems, saved, runId, running) pass through so a
 * test can assert them too.
 */
import { z } from "zod";

const Han = /\p{Script=Han}/u;

export const ApiErrorContract = z.looseObject({
  error: z.strictObject({
    code: z.string().regex(/^[a-z]+(_[a-z]+)*$/),
    message: z.string().regex(Han, "message must be Chinese"),
    issues: z.array(z.strictObject({ param: z.string().min(1), message: z.string().regex(Han, "issue must be Chinese") })),
  }),
});
export type ApiErrorContract = z.infer<typeof ApiErrorContract>;

/** A body checked against the contract (throws with zod's report when it is not). No test runner here: vitest and Playwright both use it. */
export function parseApiError(body: unknown): ApiErrorContract & Record<string, unknown> {
  return ApiErrorContract.parse(body) as ApiErrorContract & Record<string, unknown>;
}

/** A fetch Response's body, checked: JSON by content type, then the contract. */
export async function readApiError(res: Response): Promise<ApiErrorContract & Record<string, unknown>> {
  const type = res.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) throw new Error(`error answer is ${type || "untyped"}, not JSON (HTTP ${res.status})`);
  return parseApiError(await res.json());
}
