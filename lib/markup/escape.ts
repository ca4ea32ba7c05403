/**
 * Escapes text for HTML and XML alike, in element content and in quoted attribute values.
 * &apos; rather than &#39; because it is the one spelling both XML and HTML5 define.
 * Bidirectional overrides and isolates and C0 controls other than whitespace are dropped: the
 * importer strips them from new articles, and text stored before it did must not reorder what
 * a reader sees either.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeMarkup(text: string): string {
  return text.replace(INVISIBLE, "").replace(/[&<>"']/g, (c) => ENTITY[c]!);
}
