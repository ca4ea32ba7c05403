/**
 * The title an article is listed under, everywhere (lists, search, feeds, API, profiles): the
 * one its page leads with. For spun text (伪原创) that is the restored title, flagged so every
 * place can mark it as restored; a reader must never see one title in a list and another on
 * the page. The spun title stays stored (and searchable) as `title`.
 */

/** SQL for the listed title of the Article row aliased `a` (or unaliased when `a` is ""). */
export function displayTitleSql(a = ""): string {
  const col = (c: string) => (a ? `${a}."${c}"` : `"${c}"`);
  return `coalesce(${col("restoredTitle")}, ${col("title")}) AS "title", (${col("restoredTitle")} IS NOT NULL) AS "titleRestored"`;
}

/** The note shown beside a restored title. */
export const RESTORED_TITLE_NOTE = "已还原";
export const RESTORED_TITLE_HINT = "网页上的标题疑似被同义词替换改写（伪原创），此处显示还原后的标题";
