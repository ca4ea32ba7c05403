/**
 * The work the importer does beside saving each article, in the same transaction: entities
 * and the search index. Listed here so the CLI and the admin pages import the same way.
 * Order matters: the index reads the article row, entities only read the extraction.
 */
import { saveEntitiesAfterSave } from "../entities/entities-after-save";
import { entityDecisionsVersion } from "../entities/review-decisions";
import { searchIndexAfterSave, syncSearchIndex } from "../search/index-article";
import type { Sqlite } from "../sqlite";
import type { AfterSave } from "./run-import";

export const defaultAfterSave: AfterSave[] = [saveEntitiesAfterSave, searchIndexAfterSave];

/** Admin review decisions change what entities a file gives, so they are part of the unchanged check. */
export const defaultRunVersion = entityDecisionsVersion;

/**
 * After the files: index any article the per-article hook did not (files unchanged since a
 * migration emptied the index for a new tokenisation, or rows written by other means). One join
 * over ids when the index is current.
 */
export const defaultAfterRun = [(conn: Sqlite) => void syncSearchIndex(conn)];

/** What the CLI, the admin pages and the benchmark import with. */
export const defaultImportDeps = { afterSave: defaultAfterSave, afterRun: defaultAfterRun, runVersion: defaultRunVersion };
