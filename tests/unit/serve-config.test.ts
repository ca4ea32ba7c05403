/** The multi-process serve command's pure parts: its options, the HAProxy config it writes, and the page cache's shared-folder writes. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { haproxyConfig } from "@/lib/serve/haproxy-config";
import { appPorts, ServeOptions } from "@/lib/serve/serve-options";
import { atomicWrites, cacheRoot } from "@/lib/data/cache/page-cache-handler.mjs";

const template = fs.readFileSync(path.join(process.cwd(), "deploy/haproxy.cfg.template"), "utf8");

describe("ServeOptions", () => {
  it("defaults to one process on port 3000, takes auto as one per core, and refuses anything else", () => {
    expect(ServeOptions.parse({})).toMatchObject({ processes: 1, port: 3000 });
    expect(ServeOptions.parse({ processes: "auto" }).processes).toBe(os.availableParallelism());
    expect(ServeOptions.parse({ processes: "3", port: "8080" })).toMatchObject({ processes: 3, port: 8080 });
    for (const bad of ["0", "-1", "1.5", "many", "65", ""]) expect(ServeOptions.safeParse({ processes: bad }).success, bad).toBe(false);
    expect(ServeOptions.safeParse({ port: "70000" }).success).toBe(false);
  });

  it("puts the app processes after the public port unless told where", () => {
    expect(appPorts(ServeOptions.parse({}))).toEqual([3000]);
    expect(appPorts(ServeOptions.parse({ processes: "3", port: "4000" }))).toEqual([4001, 4002, 4003]);
    expect(appPorts(ServeOptions.parse({ processes: "2", port: "4000", appPort: "5000" }))).toEqual([5000, 5001]);
  });
});

describe("haproxyConfig", () => {
  it("binds where asked and lists one health-checked server per app process", () => {
    const cfg = haproxyConfig(template, { bind: "0.0.0.0:3000", ports: [3001, 3002, 3003] });
    expect(cfg).toContain("bind 0.0.0.0:3000");
    expect(cfg.match(/^\s*server app\d+ 127\.0\.0\.1:\d+ check$/gm)).toEqual([
      "    server app1 127.0.0.1:3001 check",
      "    server app2 127.0.0.1:3002 check",
      "    server app3 127.0.0.1:3003 check",
    ]);
    expect(cfg).toContain("option httpchk GET /api/health");
    expect(cfg).toContain("option forwardfor");
    expect(cfg).not.toMatch(/\{\{\w+\}\}/);
  });

  it("refuses a template without the servers block or with a field it does not know", () => {
    expect(() => haproxyConfig("frontend x\n    bind {{bind}}\n", { bind: "a:1", ports: [2] })).toThrow(/servers/);
    expect(() => haproxyConfig(template.replace("{{bind}}", "{{bindd}}"), { bind: "a:1", ports: [2] })).toThrow(/bindd/);
  });
});

describe("page cache folder", () => {
  it("writes each file whole under a temporary name, so a reader never sees half of it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atomic-"));
    const seen: string[] = [];
    const base = {
      writeFile: async (f: string, d: string) => {
        seen.push(f);
        await fs.promises.writeFile(f, d);
      },
    };
    const target = path.join(dir, "page.html");
    fs.writeFileSync(target, "old");
    await atomicWrites(base).writeFile(target, "new");
    expect(fs.readFileSync(target, "utf8")).toBe("new");
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toBe(target);
    expect(fs.readdirSync(dir)).toEqual(["page.html"]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is PAGE_CACHE_DIR when set, else Next's", () => {
    expect(cacheRoot("/app/.next/server", {})).toBe("/app/.next/server");
    expect(cacheRoot("/app/.next/server", { PAGE_CACHE_DIR: "" })).toBe("/app/.next/server");
    expect(cacheRoot("/app/.next/server", { PAGE_CACHE_DIR: "/srv/pages" })).toBe("/srv/pages");
  });
});
