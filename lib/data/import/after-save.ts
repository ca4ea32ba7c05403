/**
 * The work the importer does beside saving each article, in the same transaction: entities
 * and the search index. Listed here so the CLI and the admin pages import the same way.
 * Order matters: the index reads the article row, entities only read the extraction.
 */
import { saveEntitiesAfterSave } from "../entities/entities-after-save";
import { searchIndexAfterSave } from "../search/index-article";
import type { AfterSave } from "./run-import";

export const defaultAfterSave: AfterSave[] = [saveEntitiesAfterSave, searchIndexAfterSave];
