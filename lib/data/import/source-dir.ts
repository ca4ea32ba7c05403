/**
 * Which folder an article came from. Files were once identified by their path relative to the
 * folder imported, so importing another folder marked the first folder's articles missing, and
 * a second folder whose file names repeated the first's overwrote its articles (issue 16). Now
 * an article's identity is (folder, path), the folder stored absolute; a run reads and marks
 * missing only its own folder's articles.
 */
import path from "node:path";
import type { Sqlite } from "../sqlite";

/** The key a folder is stored under. */
export function sourceDirKey(dir: string): string {
  return path.resolve(dir);
}

/**
 * Gives this folder the articles recorded under another spelling of it: migration 0017 filled
 * the column with each run's folder as typed (`seeds`, `./seeds/`), and databases from before it
 * record none (''), which the first folder imported adopts where its paths match.
 */
export function adoptLegacyRows(conn: Sqlite, dir: string): number {
  const key = sourceDirKey(dir);
  const spellings = conn.prepare<[string], { sourceDir: string }>(`SELECT DISTINCT "sourceDir" FROM "Article" WHERE "sourceDir" <> ?`).all(key);
  const adopt = conn.prepare(`UPDATE OR IGNORE "Article" SET "sourceDir" = ? WHERE "sourceDir" = ?`);
  let moved = 0;
  for (const { sourceDir } of spellings) {
    if (sourceDir !== "" && (path.isAbsolute(sourceDir) || sourceDirKey(sourceDir) !== key)) continue;
    moved += adopt.run(key, sourceDir).changes;
  }
  return moved;
}
