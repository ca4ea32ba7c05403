/** The importer hook that recomputes an article's entities on every (re-)import, in its transaction. */
import { entityInputFromArticle } from "../../ingest/entities/from-article";
import type { AfterSave } from "../import/run-import";
import { runExtractor } from "./review-decisions";
import { saveArticleEntities } from "./save-entities";

export const saveEntitiesAfterSave: AfterSave = async (tx, articleId, extraction, run, created) => {
  const extract = await runExtractor(run);
  await saveArticleEntities(tx, articleId, extract(entityInputFromArticle(extraction.article)), created);
};
