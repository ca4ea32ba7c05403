/**
 * Something built once per SQLite connection (prepared statements, a run's extractor) and kept
 * as long as the connection lives: a WeakMap, so a closed connection takes it along.
 */
import { processShared } from "./process-shared";
import type { Sqlite } from "./sqlite";

/** `name` keys the map process-wide (process-shared.ts): every bundle's statements on a shared connection are the same ones. */
export function perConnection<T>(name: string, make: (conn: Sqlite) => T): (conn: Sqlite) => T {
  const made = processShared(`perConnection.${name}`, () => new WeakMap<Sqlite, T>());
  return (conn) => {
    let v = made.get(conn);
    if (v === undefined) {
      v = make(conn);
      made.set(conn, v);
    }
    return v;
  };
}
