/**
 * Escapes text for HTML and XML alike, in element content and in quoted attribute values.
 * &apos; rather than &#39; because it is the one spelling both XML and HTML5 define.
 */
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITY[c]!);
}
