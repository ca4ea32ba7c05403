/**
 * A tagged template for server-built HTML: every interpolated value is escaped unless it is
 * itself the result of this template, so text from scraped pages can only ever be text. Used
 * where React's per-element cost dominates a page (a list renders each row three times: to
 * the RSC payload, to HTML, and inline again for hydration), so repeated rows are built once
 * as a string. Markup can only be made here: the constructor takes a module-private token.
 */
import { escapeMarkup } from "./escape";

const TOKEN = Symbol("markup");

export class Markup {
  readonly html: string;
  constructor(token: symbol, html: string) {
    if (token !== TOKEN) throw new Error("Markup is only made by the html template");
    this.html = html;
  }
}

export type Interpolation = string | number | Markup | null | undefined | false | readonly Interpolation[];

function fragment(v: Interpolation): string {
  if (v === null || v === undefined || v === false) return "";
  if (v instanceof Markup) return v.html;
  if (typeof v === "string" || typeof v === "number") return escapeMarkup(String(v));
  return v.map(fragment).join("");
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += fragment(values[i]!) + strings[i + 1]!;
  return new Markup(TOKEN, out);
}
