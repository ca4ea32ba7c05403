/** ETag, Last-Modified and 304s for feeds and the JSON API (lib/http/conditional-get.ts). */
import { describe, expect, it } from "vitest";
import { atomResponse, jsonResponse } from "@/lib/http/conditional-get";

const xml = `<feed><updated>2024-05-01T00:00:00.000Z</updated></feed>`;
const get = (headers: Record<string, string> = {}) => new Request("http://x/feed.xml", { headers });

describe("conditional GET", () => {
  it("answers 304 to the ETag (strong or weak) and 200 to another", async () => {
    const first = atomResponse(get(), xml);
    const etag = first.headers.get("etag")!;
    expect(atomResponse(get({ "if-none-match": etag }), xml).status).toBe(304);
    expect(atomResponse(get({ "if-none-match": `"x", W/${etag}` }), xml).status).toBe(304);
    expect(atomResponse(get({ "if-none-match": '"x"' }), xml).status).toBe(200);
    expect(await atomResponse(get({ "if-none-match": etag }), xml).text()).toBe("");
  });

  it("dates a feed by the later of its <updated> and the data's last change", () => {
    expect(atomResponse(get(), xml).headers.get("last-modified")).toBe("Wed, 01 May 2024 00:00:00 GMT");
    const changed = Date.parse("2024-06-01T12:00:00Z");
    const res = atomResponse(get(), xml, changed);
    expect(res.headers.get("last-modified")).toBe("Sat, 01 Jun 2024 12:00:00 GMT");
    // A reader that fetched before the import (an older-dated article added) is not told "not modified".
    expect(atomResponse(get({ "if-modified-since": "Fri, 10 May 2024 00:00:00 GMT" }), xml, changed).status).toBe(200);
    expect(atomResponse(get({ "if-modified-since": "Sat, 01 Jun 2024 12:00:00 GMT" }), xml, changed).status).toBe(304);
  });

  it("gives JSON answers an ETag and Cache-Control, and a 304 to a match", () => {
    const res = jsonResponse(get(), { a: 1 });
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(jsonResponse(get({ "if-none-match": res.headers.get("etag")! }), { a: 1 }).status).toBe(304);
    expect(jsonResponse(get({ "if-none-match": res.headers.get("etag")! }), { a: 2 }).status).toBe(200);
  });
});
