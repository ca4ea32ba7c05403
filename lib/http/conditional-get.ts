/**
 * Conditional GET for feeds: feed readers poll every few minutes, and most polls find nothing
 * new. An ETag (a hash of the body) and Last-Modified (the feed's <updated>) let them ask
 * "changed since?" and get a bodiless 304 when it has not.
 */
import { createHash } from "node:crypto";

export function etagOf(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"`;
}

/** The newest <updated> of an Atom document, as an HTTP date; null when it has none. */
function lastModified(xml: string): string | null {
  const m = /<updated>([^<]+)<\/updated>/.exec(xml);
  const d = m ? new Date(m[1]!) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toUTCString() : null;
}

function notModified(request: Request, etag: string, modified: string | null): boolean {
  const inm = request.headers.get("if-none-match");
  if (inm !== null) return inm.split(",").some((t) => t.trim().replace(/^W\//, "") === etag || t.trim() === "*");
  const ims = request.headers.get("if-modified-since");
  if (ims === null || modified === null) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Date.parse(modified) <= since;
}

/** 200 with the feed and its validators, or 304 when the reader's copy is current. */
export function atomResponse(request: Request, xml: string): Response {
  const etag = etagOf(xml);
  const modified = lastModified(xml);
  const headers: Record<string, string> = { etag, "cache-control": "public, max-age=0, must-revalidate" };
  if (modified) headers["last-modified"] = modified;
  if (notModified(request, etag, modified)) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers: { ...headers, "content-type": "application/atom+xml; charset=utf-8" } });
}
