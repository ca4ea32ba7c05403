/** Browser helper for the admin pages: POST JSON to an admin endpoint and read the JSON answer. */

/** The API's error contract as the admin pages read it (lib/validation/api-error.ts builds it). */
export interface ApiErrorAnswer {
  error?: { code: string; message: string; issues?: { param: string; message: string }[] };
}

export interface PostResult<T> {
  status: number;
  body: T & ApiErrorAnswer;
}

/**
 * The Chinese line to show for a failed answer: the contract's message, with the first issue when
 * there is one; a generic line when the body is not the contract (a proxy's HTML error page).
 */
export function errorText(body: unknown, status: number): string {
  const error = typeof body === "object" && body !== null ? (body as ApiErrorAnswer).error : undefined;
  if (!error || typeof error.message !== "string") return `出错了（HTTP ${status}）`;
  const first = Array.isArray(error.issues) ? error.issues[0] : undefined;
  return first ? `${error.message}（${first.param}：${first.message}）` : error.message;
}

export async function postJson<T = Record<string, unknown>>(url: string, body: unknown): Promise<PostResult<T>> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), credentials: "same-origin" });
  const json = (await res.json().catch(() => ({}))) as T & ApiErrorAnswer;
  if (res.status === 401) window.location.assign("/admin/login");
  return { status: res.status, body: json };
}
