/**
 * The work the importer does beside saving each article (entities, in the same transaction)
 * and after all the files (the search index). Listed here so the CLI and the admin pages
 * import the same way.
 */
import { saveEntitiesAfterSave } from "../entities/entities-after-save";
import { entityDecisionsVersion } from "../entities/review-decisions";
import { indexCommittedOf, syncSearchIndexOf } from "../search/sync-search-index";
import type { Writer } from "../writer";
import type { AfterSave } from "./run-import";

export const defaultAfterSave: AfterSave[] = [saveEntitiesAfterSave];

/** Admin review decisions change what entities a file gives, so they are part of the unchanged check. */
export const defaultRunVersion = entityDecisionsVersion;

/**
 * After the files, the search index catches up with every article added or changed, 500 to a
 * transaction, and with any it lacks for another reason (unchanged files after a migration
 * emptied it for a new tokenisation); one join over ids when nothing changed. Not per article:
 * FTS5 writes a segment per transaction and merges them, and with Han pairs and the prefix
 * index that merging made a per-article index cost ~1.7 ms of each article's ~6.9 ms
 * (bench:import full import 145 → 182 articles/s). On SQLite, until the run ends, new and changed
 * articles are listed but searched as before (a run stopped early is caught up by the search path's
 * freshness check or the next run).
 */
export const defaultAfterRun = [async (run: Writer): Promise<void> => void (await syncSearchIndexOf(run))];

/**
 * On PostgreSQL each batch is indexed once it commits, while the next is cleaned (its GIN
 * inserts are the server's work, and the end-of-run catch-up above then finds nothing left).
 */
export const defaultAfterCommit = [indexCommittedOf];

/** What the CLI, the admin pages and the benchmark import with. */
export const defaultImportDeps = { afterSave: defaultAfterSave, afterRun: defaultAfterRun, afterCommit: defaultAfterCommit, runVersion: defaultRunVersion };
