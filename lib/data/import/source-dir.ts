/**
 * Which folder an article came from. Files were once identified by their path relative to the
 * folder imported, so importing another folder marked the first folder's articles missing, and
 * a second folder whose file names repeated the first's overwrote its articles (issue 16). Now
 * an article's identity is (folder, path), the folder stored absolute; a run reads and marks
 * missing only its own folder's articles.
 */
import path from "node:path";
import type { Queries } from "../writer";

/** The key a folder is stored under. */
export function sourceDirKey(dir: string): string {
  return path.resolve(dir);
}

/**
 * Gives this folder the articles recorded under another spelling of it: migration 0017 filled
 * the column with each run's folder as typed (`seeds`, `./seeds/`), and databases from before it
 * record none (''), which the first folder imported adopts where its paths match.
 */
export async function adoptLegacyRows(tx: Queries, dir: string): Promise<number> {
  const key = sourceDirKey(dir);
  const spellings = await tx.all<{ sourceDir: string }>(`SELECT DISTINCT "sourceDir" FROM "Article" WHERE "sourceDir" <> ?`, [key]);
  let moved = 0;
  for (const { sourceDir } of spellings) {
    if (sourceDir !== "" && (path.isAbsolute(sourceDir) || sourceDirKey(sourceDir) !== key)) continue;
    // A path already stored under the folder's key keeps its legacy row where it is.
    moved += await tx.run(
      `UPDATE "Article" SET "sourceDir" = ? WHERE "sourceDir" = ?
       AND NOT EXISTS (SELECT 1 FROM "Article" b WHERE b."sourceDir" = ? AND b."path" = "Article"."path")`,
      [key, sourceDir, key],
    );
  }
  return moved;
}
