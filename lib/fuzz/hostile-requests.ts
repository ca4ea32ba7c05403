/**
 * The hostile requests `npm run fuzz:web` sends: every route, with malformed paths, hostile
 * query strings, oversize and malformed bodies and methods no route answers. Deterministic (a
 * seeded generator), so a failure can be replayed. Every text payload carries MARKER, an HTML
 * tag that must never come back unescaped. Sign-in gets malformed bodies only, never a
 * well-formed wrong token: those count toward the sign-in back-off, which would lock the tests'
 * own address out of the admin pages.
 */
import { rng } from "../bench/synthetic-corpus";

export interface HostileRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /**
   * A request line past Node's header limit (16 KB): the server answers 431 and closes the
   * socket, and a client still writing may see the close as a reset. Either is a correct refusal.
   */
  oversize?: true;
}

/** Longer URLs are refused by the HTTP layer itself (and by every browser and proxy): see `oversize`. */
export const MAX_URL_BYTES = 8000;

/** Reflected unescaped, this would be markup the page did not write. */
export const MARKER = "<fz9q>";

const PAYLOADS = [
  MARKER,
  `"><img src=x onerror=alert(1)>${MARKER}`,
  `' OR 1=1 --${MARKER}`,
  `"${MARKER}`,
  `NEAR(${MARKER}`,
  `*${MARKER}*`,
  `^${MARKER}`,
  `-${MARKER} OR`,
  `company:${MARKER}`,
  `after:2024-13-45 ${MARKER}`,
  `\u202E${MARKER}\u202C`,
  `${MARKER}\u0000`,
  `../../etc/passwd${MARKER}`,
  `${"长".repeat(800)}${MARKER}`,
  `${MARKER}${"%".repeat(50)}`,
  "-1",
  "0",
  "1e309",
  "NaN",
  "99999999999999999999999",
  "2024-02-30",
  "",
];

const BAD_SEGMENTS = ["%FF", "%", "%G1", "%E4%B8", "%00", "%2e%2e", "..%2F..%2Fetc", "%C0%AE", "%ED%A0%80"];

const PAGES_WITH_ID = ["/articles/", "/companies/", "/people/", "/admin/runs/", "/api/articles/", "/api/companies/", "/api/people/"];
const FEEDS = ["/companies/{}/feed.xml", "/people/{}/feed.xml"];
const LISTS = ["/", "/articles", "/companies", "/people", "/search", "/search/feed.xml", "/feed.xml", "/admin/login", "/api/articles", "/api/companies", "/api/people", "/api/search", "/api/suggest", "/api/health", "/api/openapi.json"];
const PARAMS = ["q", "company", "person", "source", "after", "before", "from", "to", "script", "page", "sort", "kind", "limit", "check", "error", "cursor", "offset", "pageSize"];
const METHODS = ["PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "HEAD"];

const enc = (s: string) => encodeURIComponent(s);

export function hostileRequests(opts: { count?: number; seed?: number; knownSlugs?: string[] } = {}): HostileRequest[] {
  const rnd = rng(opts.seed ?? 16);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: HostileRequest[] = [];
  const known = opts.knownSlugs?.length ? opts.knownSlugs : ["openai"];

  // Fixed cases first: every malformed segment on every page with an id, and every method on every list.
  for (const base of PAGES_WITH_ID) for (const bad of BAD_SEGMENTS) out.push({ method: "GET", path: base + bad });
  for (const feed of FEEDS) for (const bad of BAD_SEGMENTS) out.push({ method: "GET", path: feed.replace("{}", bad) });
  for (const list of LISTS) for (const method of METHODS) out.push({ method, path: list });
  out.push({ method: "GET", path: `/companies/${"x".repeat(300)}` }, { method: "GET", path: `/people/${enc("无".repeat(200))}` });
  out.push({ method: "GET", path: `/people?sort=${enc("长".repeat(3000))}`, oversize: true });

  // Bodies: malformed sign-in posts, oversize posts, admin writes without a session.
  const json = { "content-type": "application/json", origin: "http://localhost" };
  out.push(
    { method: "POST", path: "/api/admin/login", headers: json, body: "{" },
    { method: "POST", path: "/api/admin/login", headers: json, body: `{"token": ${JSON.stringify(MARKER)}` },
    { method: "POST", path: "/api/admin/login", headers: json, body: Buffer.alloc(2 * 1024 * 1024, 0x61) },
    { method: "POST", path: "/api/admin/login", headers: { ...json, "content-type": "application/x-www-form-urlencoded" }, body: "token=" },
    { method: "POST", path: "/api/admin/login", headers: { ...json, "content-type": "multipart/form-data; boundary=x" }, body: "--x\r\nbroken" },
    { method: "POST", path: "/api/admin/login", headers: { "content-type": "text/plain" }, body: MARKER },
    { method: "POST", path: "/api/admin/import", headers: json, body: "{}" },
    { method: "POST", path: "/api/admin/upload", headers: { ...json, "content-type": "multipart/form-data; boundary=x" }, body: "--x--" },
    { method: "POST", path: "/api/admin/entities/company/1", headers: json, body: `{"action":"${MARKER}"}` },
    { method: "POST", path: "/api/admin/logout", headers: { origin: "https://evil.example" } },
    { method: "POST", path: "/articles", headers: json, body: "{}" },
    { method: "GET", path: "/api/health", headers: { "x-forwarded-for": MARKER, "x-forwarded-host": "evil.example" } },
  );

  const target = opts.count ?? 3000;
  while (out.length < target) {
    const r = rnd();
    if (r < 0.45) {
      // A list or API with one to three hostile parameters (sometimes repeated, sometimes as arrays).
      const params: string[] = [];
      const n = 1 + Math.floor(rnd() * 3);
      for (let i = 0; i < n; i++) {
        const name = pick(PARAMS);
        const key = rnd() < 0.1 ? `${name}[]` : name;
        params.push(`${enc(key)}=${enc(pick(PAYLOADS))}`);
        if (rnd() < 0.1) params.push(`${enc(key)}=${enc(pick(PAYLOADS))}`);
      }
      // Parameters past MAX_URL_BYTES are dropped: the one oversize case above covers that refusal.
      let path = `${pick(LISTS)}?${params[0]}`;
      for (const p of params.slice(1)) if (path.length + p.length + 1 <= MAX_URL_BYTES) path += `&${p}`;
      out.push({ method: "GET", path });
    } else if (r < 0.75) {
      // A made-up id or slug: must answer 404 and never be kept in the page cache.
      const base = pick(PAGES_WITH_ID);
      const slug = rnd() < 0.5 ? `${pick(known)}-${Math.floor(rnd() * 1e9).toString(36)}` : pick(PAYLOADS) || "x";
      out.push({ method: "GET", path: base + enc(slug) });
    } else if (r < 0.85) {
      const slug = rnd() < 0.3 ? pick(known) : `nobody-${Math.floor(rnd() * 1e9).toString(36)}`;
      out.push({ method: "GET", path: pick(FEEDS).replace("{}", enc(slug)) + (rnd() < 0.5 ? `?q=${enc(pick(PAYLOADS))}` : "") });
    } else if (r < 0.93) {
      out.push({ method: "GET", path: `${pick(PAGES_WITH_ID)}${pick(BAD_SEGMENTS)}${rnd() < 0.5 ? "/" + pick(BAD_SEGMENTS) : ""}` });
    } else {
      out.push({ method: pick(METHODS), path: `${pick(PAGES_WITH_ID)}${enc(pick(known))}` });
    }
  }
  return out;
}
