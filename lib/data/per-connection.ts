/**
 * Something built once per SQLite connection (prepared statements, a run's extractor) and kept
 * as long as the connection lives: a WeakMap, so a closed connection takes it along.
 */
import type { Sqlite } from "./sqlite";

export function perConnection<T>(make: (conn: Sqlite) => T): (conn: Sqlite) => T {
  const made = new WeakMap<Sqlite, T>();
  return (conn) => {
    let v = made.get(conn);
    if (v === undefined) {
      v = make(conn);
      made.set(conn, v);
    }
    return v;
  };
}
