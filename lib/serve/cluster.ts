/**
 * Starts the app as `npm run up -- --processes N` serves it: N `next start` processes on
 * 127.0.0.1, one database, and HAProxy (Debian's package) in front of them with the config
 * made from deploy/haproxy.cfg.template. Used by scripts/serve.ts, the multi-process test and
 * bench:web, so all three run the same thing.
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { haproxyConfig } from "./haproxy-config";

export interface ClusterOptions {
  /** Ports of the app processes (127.0.0.1). */
  appPorts: number[];
  /** Where HAProxy listens, e.g. "0.0.0.0:3000". */
  bind: string;
  /** Project folder (next start's working directory, where the build is). */
  cwd: string;
  /** Environment for the app processes (DATABASE_URL and so on). */
  env: NodeJS.ProcessEnv;
  /** Folder for the generated HAProxy config. */
  configDir: string;
  /** "inherit" (the serve command), or a file each child's output is appended to. */
  output: "inherit" | string;
}

export interface Cluster {
  /** Where readers connect (the balancer). */
  url: string;
  /** Each app process, directly (benchmarks read per-process figures there). */
  appUrls: string[];
  apps: ChildProcess[];
  balancer: ChildProcess;
  /** Resolves when any child exits, with its name and code. */
  exited: Promise<{ name: string; code: number | null }>;
  stop(): Promise<void>;
}

/** HAProxy's executable: on PATH, or where Debian puts it (/usr/sbin is not on every user's PATH). */
export function haproxyPath(): string {
  for (const dir of [...(process.env.PATH ?? "").split(path.delimiter), "/usr/sbin", "/usr/local/sbin"]) {
    const candidate = path.join(dir, "haproxy");
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  throw new Error("HAProxy is not installed: apt-get install haproxy (`.ci/run` does it on CI)");
}

function nextBin(cwd: string): string {
  return createRequire(path.join(cwd, "package.json")).resolve("next/dist/bin/next");
}

/** Forwarding headers are believed only from this proxy (lib/security/forwarded.ts). */
function withBalancerTrusted(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const trusted = new Set((env.TRUSTED_PROXIES ?? "").split(",").map((s) => s.trim()).filter(Boolean));
  trusted.add("127.0.0.1");
  return { ...env, TRUSTED_PROXIES: [...trusted].join(",") };
}

async function waitUntilHealthy(url: string, child: ChildProcess, what: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}) before it answered`);
    try {
      const res = await fetch(`${url}/api/health`);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export async function startCluster(o: ClusterOptions, startTimeoutMs = 120_000): Promise<Cluster> {
  const haproxy = haproxyPath();
  const template = fs.readFileSync(path.join(o.cwd, "deploy/haproxy.cfg.template"), "utf8");
  fs.mkdirSync(o.configDir, { recursive: true });
  const config = path.join(o.configDir, `haproxy-${o.bind.replace(/[^0-9A-Za-z.]/g, "_")}.cfg`);
  fs.writeFileSync(config, haproxyConfig(template, { bind: o.bind, ports: o.appPorts }));

  const stdio = (): StdioOptions => {
    if (o.output === "inherit") return ["ignore", "inherit", "inherit"];
    const fd = fs.openSync(o.output, "a");
    return ["ignore", fd, fd];
  };
  const env = withBalancerTrusted(o.env);
  const bin = nextBin(o.cwd);
  const apps = o.appPorts.map((port) =>
    spawn(process.execPath, [bin, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: o.cwd, env: { ...env, PORT: String(port) }, stdio: stdio() }),
  );
  const all: ChildProcess[] = [...apps];
  const stop = async () => {
    await Promise.all(all.map((c) => stopChild(c)));
  };
  try {
    const appUrls = o.appPorts.map((p) => `http://127.0.0.1:${p}`);
    await Promise.all(appUrls.map((u, i) => waitUntilHealthy(u, apps[i]!, `app process ${i + 1}`, startTimeoutMs)));
    // -db: stay in the foreground, so this command owns it and sees it exit.
    const balancer = spawn(haproxy, ["-db", "-f", config], { stdio: stdio() });
    all.push(balancer);
    const port = o.bind.slice(o.bind.lastIndexOf(":") + 1);
    const url = `http://127.0.0.1:${port}`;
    await waitUntilHealthy(url, balancer, "HAProxy", 30_000);
    const names = [...apps.map((_, i) => `app process ${i + 1}`), "HAProxy"];
    const exited = Promise.race(
      all.map((c, i) => new Promise<{ name: string; code: number | null }>((resolve) => c.once("exit", (code) => resolve({ name: names[i]!, code })))),
    );
    return { url, appUrls, apps, balancer, exited, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
