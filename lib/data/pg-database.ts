/**
 * Creating and dropping a whole PostgreSQL database (a fresh one for a test, a benchmark or a
 * browser-test server), through the server's maintenance database. The name comes from the URL.
 */
import pg from "pg";

/** The database a URL names, checked to be a plain identifier (it is spliced into DDL). */
function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) throw new Error(`not a database name this creates or drops: ${JSON.stringify(name)}`);
  return name;
}

/** The same server's URL with another database name. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The same server's `postgres` database. */
function maintenanceUrl(url: string): string {
  return withDatabase(url, "postgres");
}

async function onServer(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: maintenanceUrl(url) });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function createPgDatabase(url: string): Promise<void> {
  await onServer(url, `CREATE DATABASE "${databaseName(url)}"`);
}

/** Drops the database, ending its sessions first. */
export async function dropPgDatabase(url: string): Promise<void> {
  await onServer(url, `DROP DATABASE IF EXISTS "${databaseName(url)}" WITH (FORCE)`);
}

/** An empty database under the URL's name, whatever was there before. */
export async function recreatePgDatabase(url: string): Promise<void> {
  await dropPgDatabase(url);
  await createPgDatabase(url);
}
