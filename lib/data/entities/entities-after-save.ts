/** The importer hook that recomputes an article's entities on every (re-)import, in its transaction. */
import { extractEntities } from "../../ingest/entities/extract-entities";
import { entityInputFromArticle } from "../../ingest/entities/from-article";
import type { AfterSave } from "../import/run-import";
import { saveArticleEntities } from "./save-entities";

export const saveEntitiesAfterSave: AfterSave = (conn, articleId, extraction) => {
  saveArticleEntities(conn, articleId, extractEntities(entityInputFromArticle(extraction.article)));
};
