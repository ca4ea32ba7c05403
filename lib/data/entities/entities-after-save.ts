/** The importer hook that recomputes an article's entities on every (re-)import, in its transaction. */
import { entityInputFromArticle } from "../../ingest/entities/from-article";
import type { AfterSave } from "../import/run-import";
import { runExtractor } from "./review-decisions";
import { saveArticleEntities } from "./save-entities";

export const saveEntitiesAfterSave: AfterSave = (conn, articleId, extraction) => {
  saveArticleEntities(conn, articleId, runExtractor(conn)(entityInputFromArticle(extraction.article)));
};
