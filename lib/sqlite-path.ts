/** Turns a SQLite file URL into a path and makes sure its folder exists (SQLite will not create folders). */
import fs from "node:fs";
import path from "node:path";

export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "");
}

export function ensureSqliteFolder(url: string): string {
  const file = sqliteFilePath(url);
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return url;
}
