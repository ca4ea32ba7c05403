/**
 * Where server-built Markup enters React. Only the html template can make a Markup, and it
 * escapes every value it is given, so nothing unescaped from a scraped page can reach here.
 */
import type { Markup } from "@/lib/markup/html";

interface Props {
  as?: "div" | "span" | "ul" | "ol" | "tbody";
  markup: Markup;
  className?: string;
  testId?: string;
  /** For an <ol> that does not start at 1 (a later page of results). */
  start?: number;
}

export function RawMarkup({ as: Tag = "div", markup, className, testId, start }: Props) {
  return <Tag className={className} data-testid={testId} start={start} dangerouslySetInnerHTML={{ __html: markup.html }} />;
}
