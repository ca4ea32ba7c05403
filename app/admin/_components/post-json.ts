/** Browser helper for the admin pages: POST JSON to an admin endpoint and read the JSON answer. */
export interface PostResult<T> {
  status: number;
  body: T & { error?: string; problems?: string[] };
}

export async function postJson<T = Record<string, unknown>>(url: string, body: unknown): Promise<PostResult<T>> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), credentials: "same-origin" });
  const json = (await res.json().catch(() => ({}))) as T & { error?: string };
  if (res.status === 401) window.location.assign("/admin/login");
  return { status: res.status, body: json };
}
