/**
 * Where server-built Markup enters React. Only the html template can make a Markup, and it
 * escapes every value it is given, so nothing unescaped from a scraped page can reach here.
 */
import type { Markup } from "@/lib/markup/html";

export function RawMarkup({ as: Tag = "div", markup, className, testId }: { as?: "div" | "span" | "ul"; markup: Markup; className?: string; testId?: string }) {
  return <Tag className={className} data-testid={testId} dangerouslySetInnerHTML={{ __html: markup.html }} />;
}
