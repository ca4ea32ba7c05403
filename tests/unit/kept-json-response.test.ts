/** A kept answer (a cached search) is serialised once: the same body and ETag each time, 304 for a current copy. */
import { describe, expect, it, vi } from "vitest";
import { etagOf, keptJsonResponse } from "@/lib/http/conditional-get";

const get = (headers: Record<string, string> = {}) => new Request("http://x/api/search?q=a", { headers });

describe("keptJsonResponse", () => {
  it("serialises a kept object once and answers every request for it with the same body and ETag", async () => {
    const source = { q: "a", items: [1, 2] };
    const data = vi.fn(() => ({ ...source, nextCursor: null }));
    const first = keptJsonResponse(get(), source, data);
    const second = keptJsonResponse(get(), source, data);
    expect(data).toHaveBeenCalledTimes(1);
    const body = await first.text();
    expect(await second.text()).toBe(body);
    expect(JSON.parse(body)).toEqual({ q: "a", items: [1, 2], nextCursor: null });
    expect(first.headers.get("etag")).toBe(etagOf(body));
    expect(second.headers.get("etag")).toBe(etagOf(body));
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });

  it("serialises another object on its own, and answers 304 to a client holding the current copy", async () => {
    const a = { v: 1 };
    const b = { v: 2 };
    const ra = keptJsonResponse(get(), a, () => a);
    const rb = keptJsonResponse(get(), b, () => b);
    expect(await rb.text()).toBe('{"v":2}');
    const again = keptJsonResponse(get({ "if-none-match": ra.headers.get("etag")! }), a, () => a);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});
