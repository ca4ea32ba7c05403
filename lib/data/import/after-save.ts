/**
 * The work the importer does beside saving each article, in the same transaction: entities
 * and the search index. Listed here so the CLI and the admin pages import the same way.
 */
import type { AfterSave } from "./run-import";

export const defaultAfterSave: AfterSave[] = [];
