/**
 * The importer hook that recomputes an article's entities on every (re-)import, in its
 * transaction. On the first article of a transaction it extracts the entities of every file the
 * transaction saves and reads the stored rows they name in one go (on PostgreSQL a statement is a
 * round trip, and a batch's files mostly name the same companies and people); the other articles
 * of the batch use what it read, kept current by their writes.
 */
import { entityInputFromArticle } from "../../ingest/entities/from-article";
import type { FileExtraction } from "../../ingest/extract-file";
import type { EntityResult } from "../../ingest/entities/types";
import type { AfterSave } from "../import/run-import";
import { runExtractor } from "./review-decisions";
import { preloadEntities, saveArticleEntities, type KnownEntities } from "./save-entities";

interface BatchEntities {
  results: Map<FileExtraction, EntityResult>;
  known: KnownEntities;
}

/** Per transaction: the batch array is new for each (run-import.ts). */
const batches = new WeakMap<readonly FileExtraction[], Promise<BatchEntities>>();

export const saveEntitiesAfterSave: AfterSave = async (tx, articleId, extraction, run, created, batch) => {
  const extract = await runExtractor(run);
  const files = batch.includes(extraction) ? batch : [extraction];
  let b = batches.get(files);
  if (!b) {
    b = (async () => {
      const results = new Map(files.map((x) => [x, extract(entityInputFromArticle(x.article))] as const));
      return { results, known: await preloadEntities(tx, [...results.values()]) };
    })();
    batches.set(files, b);
  }
  const { results, known } = await b;
  await saveArticleEntities(tx, articleId, results.get(extraction)!, created, known);
};
