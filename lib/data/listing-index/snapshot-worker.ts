/**
 * The listing snapshot's worker thread: reads the rows and builds the snapshot (~0.7 s at
 * 100,000 articles) on its own connection, so the server's event loop never stalls on it, and
 * hands the typed arrays back without copying them (transferred). It also answers whole-table
 * reads (the search index's freshness check, the entity lists' counts) that would hold the loop
 * as long, and prepares the search's entity lists (pinyin-pro builds its tables on its first
 * call: ~0.3–0.5 s of the loop on a loaded machine, at each process's first search).
 */
import { parentPort } from "node:worker_threads";
import { openSqlite, type Sqlite } from "../sqlite";
import { loadSnapshot, readGeneration } from "./load-snapshot";
import { snapshotBuffers } from "./snapshot-transfer";
import { lowerThreadPriority } from "../../os/lower-priority";
import type { EntityRecord } from "../../search/entity-match";

export type WorkerRequest =
  | { id: number; url: string; kind: "snapshot" }
  | { id: number; url: string; kind: "rows"; sql: string; values: unknown[] }
  | { id: number; kind: "prepare"; records: EntityRecord[] };

const conns = new Map<string, Sqlite>();
let lowered = false;

parentPort?.on("message", (req: WorkerRequest) => {
  try {
    if (req.kind === "prepare") {
      // Loaded at the first request, not at each worker's start (the snapshot lane never prepares):
      // ~0.15 s less CPU per start, taken from the loop's core on a 2-core machine. A dynamic
      // import() does not resolve from the module tsx loads the worker as; require does.
      const { prepareEntity } = require("../../search/entity-match") as typeof import("../../search/entity-match");
      parentPort!.postMessage({ id: req.id, result: req.records.map(prepareEntity) });
      return;
    }
    let conn = conns.get(req.url);
    if (!conn) conns.set(req.url, (conn = openSqlite(req.url)));
    const c = conn;
    if (req.kind === "rows") {
      parentPort!.postMessage({ id: req.id, result: c.prepare(req.sql).all(...req.values) });
      return;
    }
    // The snapshot lane's thread builds behind the requests of its own process: while an import
    // runs, a build comes with each move of the view and the snapshot held is served meanwhile,
    // and at the same priority the build took the loop's core away (bench:web, open loop during
    // an import). The rows lane answers requests that wait for it and keeps its priority.
    if (!lowered) {
      lowered = true;
      lowerThreadPriority();
    }
    const snapshot = loadSnapshot(c, () => readGeneration(c));
    parentPort!.postMessage({ id: req.id, result: snapshot }, snapshotBuffers(snapshot));
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) });
  }
});
