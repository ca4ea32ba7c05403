/**
 * What the readers of a post after an organisation or a verb of holding share (joined-org-posts,
 * joined-company-posts, comma-pronoun-posts): where a short post closing the clause ends, and
 * adding a role only once per person and organisation.
 */
import type { ArticleText } from "./article-text";
import type { FoundRole } from "./discover";
import { postClosingClause } from "./titles";

/** A post is a few Han or Latin words (首席技术官, CTO); anything longer or marked is a clause, not a title. */
const POST = /^[\u4e00-\u9fffA-Za-z]+$/;
const MAX_POST = 12;

/** A post as such, once its clause is cut: non-empty, at most MAX_POST characters, no marks. */
export function isShortPost(post: string): boolean {
  return post.length <= MAX_POST && POST.test(post);
}

/** The end of the post that runs from `from` to the close of its clause, or null when none does. */
export function shortPostEnd(t: ArticleText, from: number): number | null {
  const clause = postClosingClause(t.simp, t.low, from);
  return clause && isShortPost(t.simp.slice(from, clause.end)) ? clause.end : null;
}

/** Adds the role to `out` unless the person already holds a post at that organisation in `found` or `out`. */
export function addRoleOnce(found: FoundRole[], out: FoundRole[], role: FoundRole): void {
  if ([...found, ...out].some((r) => r.personName === role.personName && r.org.name === role.org.name)) return;
  out.push(role);
}
