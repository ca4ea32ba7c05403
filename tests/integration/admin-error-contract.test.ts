/**
 * Every error answer of every admin route, through the real handlers on a real SQLite file:
 * 403 cross-origin, 401 signed out / wrong token, 429 rate limited, 400 bad bodies, 404, 409 while
 * an import runs, 413 too large, 422 refused upload and review conflicts. Each body must parse
 * with the one zod schema of the API's error contract (Chinese message, stable code) and carry
 * the security headers, so no admin route can slip back to `{"error": "some English string"}`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminEnv } from "../helpers/admin-env";
import type { TempDb } from "../helpers/temp-db";
import { readApiError } from "../helpers/api-error-contract";
import { POST as login } from "@/app/api/admin/login/route";
import { POST as logout } from "@/app/api/admin/logout/route";
import { GET as importStatus, POST as startImport } from "@/app/api/admin/import/route";
import { POST as upload } from "@/app/api/admin/upload/route";
import { POST as decide } from "@/app/api/admin/entities/[kind]/[id]/route";
import { PEER_HEADER } from "@/lib/security/forwarded";

const ORIGIN = "http://admin.test";
const TOKEN = "error-contract-admin-token-0123456789";
let t: TempDb;
let cookie: string;

function request(path: string, init: { body?: BodyInit; headers?: Record<string, string>; method?: string } = {}): Request {
  const headers = { host: "admin.test", origin: ORIGIN, [PEER_HEADER]: "10.0.0.1", "content-type": "application/json", ...init.headers };
  return new Request(`${ORIGIN}${path}`, { method: init.method ?? "POST", headers, body: init.body });
}
const signedIn = (path: string, body: BodyInit, headers: Record<string, string> = {}) => request(path, { body, headers: { cookie, ...headers } });
const foreign = { origin: "https://evil.example" };
const entity = (kind: string, id: string, req: Request) => decide(req, { params: Promise.resolve({ kind, id }) });
const multipart = (name: string, data: string) => {
  const form = new FormData();
  form.append("files", new File([data], name));
  return form;
};
/** A multipart post: the runtime must set the boundary, so no JSON content type here. */
const uploadRequest = (form: FormData, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}/api/admin/upload`, { method: "POST", headers: { host: "admin.test", origin: ORIGIN, cookie, ...headers }, body: form });

interface Case {
  route: string;
  status: number;
  code: string;
  answer: () => Promise<Response>;
}

beforeAll(async () => {
  ({ t } = await adminEnv("admin-errors-", TOKEN));
  const res = await login(request("/api/admin/login", { body: JSON.stringify({ token: TOKEN }) }));
  expect(res.status).toBe(200);
  cookie = res.headers.get("set-cookie")!.split(";")[0]!;
});
afterAll(async () => {
  await t.cleanup();
});

describe("every admin error answer follows the API's one error contract", () => {
  it("answers each refusal with its status, a stable code, a Chinese message and the security headers", async () => {
    const confirmed = await t.db.company.create({ data: { slug: "contract-confirmed", name: "已确认公司", kind: "company", status: "confirmed" } });
    const discovered = await t.db.company.create({ data: { slug: "contract-found", name: "待审公司", kind: "company", status: "discovered", confidence: 0.5 } });
    const cases: Case[] = [
      // 403: the same-origin check, on every state-changing route.
      { route: "login", status: 403, code: "cross_origin", answer: () => login(request("/api/admin/login", { body: JSON.stringify({ token: TOKEN }), headers: foreign })) },
      { route: "logout", status: 403, code: "cross_origin", answer: () => logout(request("/api/admin/logout", { body: "{}", headers: { "sec-fetch-site": "cross-site" } })) },
      { route: "import", status: 403, code: "cross_origin", answer: () => startImport(signedIn("/api/admin/import", "{}", foreign)) },
      { route: "upload", status: 403, code: "cross_origin", answer: () => upload(uploadRequest(multipart("a.txt", "新闻"), foreign)) },
      { route: "entities", status: 403, code: "cross_origin", answer: () => entity("company", "1", signedIn("/api/admin/entities/company/1", '{"action":"confirm"}', foreign)) },
      // 401: no session, or the wrong token.
      { route: "import GET", status: 401, code: "unauthorized", answer: () => importStatus(request("/api/admin/import", { method: "GET" })) },
      { route: "import", status: 401, code: "unauthorized", answer: () => startImport(request("/api/admin/import", { body: "{}" })) },
      { route: "upload", status: 401, code: "unauthorized", answer: () => upload(uploadRequest(multipart("a.txt", "新闻"), { cookie: "" })) },
      { route: "entities", status: 401, code: "unauthorized", answer: () => entity("company", "1", request("/api/admin/entities/company/1", { body: '{"action":"confirm"}' })) },
      { route: "login", status: 401, code: "wrong_token", answer: () => login(request("/api/admin/login", { body: JSON.stringify({ token: "not-the-token" }), headers: { [PEER_HEADER]: "10.7.7.7" } })) },
      // 400: bodies the routes cannot use.
      { route: "login", status: 400, code: "invalid_body", answer: () => login(request("/api/admin/login", { body: "{}" })) },
      { route: "import", status: 400, code: "invalid_body", answer: () => startImport(signedIn("/api/admin/import", "not json")) },
      { route: "import", status: 400, code: "invalid_body", answer: () => startImport(signedIn("/api/admin/import", JSON.stringify({ only: ["../x.txt"] }))) },
      { route: "upload", status: 400, code: "invalid_body", answer: () => upload(uploadRequest(new FormData(), { "content-type": "text/plain" })) },
      { route: "entities", status: 400, code: "invalid_body", answer: () => entity("company", String(discovered.id), signedIn(`/api/admin/entities/company/${discovered.id}`, '{"action":"delete"}')) },
      // 404 and 422/409 from the review.
      { route: "entities", status: 404, code: "not_found", answer: () => entity("robot", "1", signedIn("/api/admin/entities/robot/1", '{"action":"confirm"}')) },
      { route: "entities", status: 404, code: "not_found", answer: () => entity("person", "999999", signedIn("/api/admin/entities/person/999999", '{"action":"confirm"}')) },
      { route: "entities", status: 409, code: "not_awaiting_review", answer: () => entity("company", String(confirmed.id), signedIn(`/api/admin/entities/company/${confirmed.id}`, '{"action":"reject"}')) },
      { route: "entities", status: 422, code: "invalid_merge_target", answer: () => entity("company", String(discovered.id), signedIn(`/api/admin/entities/company/${discovered.id}`, JSON.stringify({ action: "merge", into: "无此公司" }))) },
      // 422: a refused upload, with its problems beside the error.
      { route: "upload", status: 422, code: "upload_refused", answer: () => upload(uploadRequest(multipart("payload.exe", "MZ"))) },
      // 413: over each route's body limit (declared, so nothing is read).
      { route: "login", status: 413, code: "body_too_large", answer: () => login(request("/api/admin/login", { body: "{}", headers: { "content-length": String(1024 * 1024) } })) },
      { route: "import", status: 413, code: "body_too_large", answer: () => startImport(signedIn("/api/admin/import", "{}", { "content-length": String(64 * 1024 * 1024) })) },
      { route: "upload", status: 413, code: "body_too_large", answer: () => upload(uploadRequest(multipart("a.txt", "新闻"), { "content-length": String(1024 * 1024 * 1024) })) },
      { route: "entities", status: 413, code: "body_too_large", answer: () => entity("company", "1", signedIn("/api/admin/entities/company/1", "{}", { "content-length": String(1024 * 1024) })) },
    ];
    const seen = new Set<string>();
    for (const c of cases) {
      const label = `${c.route} ${c.status} ${c.code}`;
      const res = await c.answer();
      expect(res.status, label).toBe(c.status);
      const body = await readApiError(res);
      expect(body.error.code, label).toBe(c.code);
      expect(res.headers.get("content-security-policy"), label).toBeTruthy();
      expect(res.headers.get("cache-control"), label).toBe("no-store");
      if (c.status === 422 && c.route === "upload") expect((body.problems as { message: string }[]).map((p) => p.message).join("\n"), label).toMatch(/payload\.exe：不支持的文件类型/);
      seen.add(`${c.route.split(" ")[0]} ${c.status}`);
    }
    expect([...seen].sort()).toEqual(
      ["entities 400", "entities 401", "entities 403", "entities 404", "entities 409", "entities 413", "entities 422", "import 400", "import 401", "import 403", "import 413", "login 400", "login 401", "login 403", "login 413", "logout 403", "upload 400", "upload 401", "upload 403", "upload 413", "upload 422"].sort(),
    );
  });

  it("answers 429 with Retry-After once sign-in is rate limited", async () => {
    const ip = { [PEER_HEADER]: "10.9.9.9" };
    for (let i = 0; i < 5; i++) expect((await login(request("/api/admin/login", { body: JSON.stringify({ token: "wrong-token-wrong" }), headers: ip }))).status).toBe(401);
    const res = await login(request("/api/admin/login", { body: JSON.stringify({ token: TOKEN }), headers: ip }));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await readApiError(res)).error.code).toBe("rate_limited");
  });

  it("answers 409 with the running import's id, start and starter while another process imports", async () => {
    // A live process other than this one owns the running row, as a CLI import would.
    const cli = await t.db.importRun.create({ data: { trigger: "cli", triggeredBy: "终端里的管理员", dir: "seeds", status: "running", pid: process.ppid } });
    try {
      const running = { runId: cli.id, running: { id: cli.id, startedAt: cli.startedAt.toISOString(), triggeredBy: "终端里的管理员" } };
      const started = await startImport(signedIn("/api/admin/import", "{}"));
      expect(started.status).toBe(409);
      const a = await readApiError(started);
      expect(a.error.code).toBe("import_running");
      expect(a).toMatchObject(running);
      const uploaded = await upload(uploadRequest(multipart("later.txt", "稍后导入的新闻")));
      expect(uploaded.status).toBe(409);
      const b = await readApiError(uploaded);
      expect(b.error.code).toBe("import_running");
      expect(b).toMatchObject(running);
    } finally {
      await t.db.importRun.update({ where: { id: cli.id }, data: { status: "interrupted" } });
    }
  });
});
