/**
 * Who edited the article (编辑, 责任编辑, 责编, 主编, 编译), from the byline lines in the header and
 * under the body only: an editor is never an author, and editors credited elsewhere on the page
 * (a channel's editor list) are not this article's.
 */
import type { MetadataEvidence } from "./evidence";
import { looksLikePerson } from "./names";

export function resolveEditors(e: MetadataEvidence): string[] {
  return e.bylines.editors.filter(looksLikePerson);
}
