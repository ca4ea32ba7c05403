/**
 * A writer's name alone on its line, as columns, blogs and Q&A sites print it between the
 * headline and the date (标题 / 李明远 / 一句简介 / 发布于 2025-03-02): a byline with no label.
 * Only a name of the surname table's shape counts, and only in a header, next to its date line:
 * elsewhere a lone name is a signature, a list item or a commenter.
 */
import { listItemName } from "../entities/names";

const BARE_NAME = /^\p{Script=Han}{2,3}$/u;

export function isWriterNameLine(text: string): boolean {
  const t = text.trim();
  return BARE_NAME.test(t) && listItemName(t) === t;
}

/** Lines below a writer's line where the header's date line may stand (a one-line bio between). */
export const WRITER_TO_DATE = 2;
