/**
 * Serves the production build: `next start` alone (the default, as before), or with
 * `--processes auto|N` (or PROCESSES=auto|N) that many `next start` processes on one database
 * behind HAProxy, whose config is made from deploy/haproxy.cfg.template into data/.
 * `npm run up -- [--processes auto|N] [-p PORT] [-H HOST] [--app-port P]`
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { startCluster } from "../lib/serve/cluster";
import { appPorts, ServeOptions } from "../lib/serve/serve-options";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { processes: { type: "string" }, port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" }, "app-port": { type: "string" } },
  });
  const parsed = ServeOptions.safeParse({
    processes: values.processes ?? process.env.PROCESSES,
    port: values.port ?? process.env.PORT,
    hostname: values.hostname,
    appPort: values["app-port"],
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`serve: ${issue.path.join(".") || "options"}: ${issue.message}`);
    process.exit(2);
  }
  const o = parsed.data;
  const cwd = process.cwd();
  if (o.processes === 1) {
    // One process: exactly what `next start` did before.
    const args = ["next", "start", "-p", String(o.port), ...(values.hostname ? ["-H", o.hostname] : [])];
    const child = spawn("npx", args, { stdio: "inherit" });
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
    child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    return;
  }
  const ports = appPorts(o);
  console.log(`[serve] ${o.processes} app processes on 127.0.0.1:${ports[0]}–${ports.at(-1)}, HAProxy on ${o.hostname}:${o.port}`);
  const cluster = await startCluster({
    appPorts: ports,
    bind: `${o.hostname}:${o.port}`,
    cwd,
    env: process.env,
    configDir: path.join(cwd, "data"),
    output: "inherit",
  });
  console.log(`[serve] ready on http://localhost:${o.port}`);
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await cluster.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));
  const gone = await cluster.exited;
  if (!stopping) {
    console.error(`[serve] ${gone.name} exited (${gone.code}); stopping the others`);
    await stop(1);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
