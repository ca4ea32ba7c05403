/**
 * Text dumps of HTML pages as scrapers make them: Debian's w3m, lynx and html2text, each with the
 * options a scraper would use (link numbers and a reference list where the tool has them). Used
 * by scripts/eval-dumps.ts to measure the text path on dumps of pages that have gold text.
 */
import { spawnSync } from "node:child_process";

export interface Dumper {
  name: string;
  /** argv for a UTF-8 page read from the file given last. */
  args: (file: string) => string[];
  command: string;
}

export const DUMPERS: Dumper[] = [
  {
    name: "w3m",
    command: "w3m",
    args: (f) => ["-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", "-cols", "80", "-o", "display_link_number=1", f],
  },
  {
    name: "lynx",
    command: "lynx",
    args: (f) => ["-dump", "-force_html", "-assume_charset=utf-8", "-display_charset=utf-8", "-width=80", f],
  },
  { name: "html2text", command: "html2text", args: (f) => ["-utf8", "-nometa", "-nobs", "-width", "80", f] },
];

export function dumperAvailable(d: Dumper): boolean {
  const r = spawnSync("sh", ["-c", `command -v ${d.command}`], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() !== "";
}

/** The dump of one UTF-8 HTML file, or null when the tool fails or times out. */
export function dumpPage(d: Dumper, file: string): string | null {
  const r = spawnSync(d.command, d.args(file), { encoding: "utf8", timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : null;
}

/**
 * The pages are stored as UTF-8 whatever their meta charset says; a dumper that trusts the
 * declaration would garble them, which is not what the scraper's dump looked like.
 */
export function declareUtf8(html: string): string {
  return html.replace(/(<meta[^>]*charset\s*=\s*["']?)[\w-]+/gi, "$1utf-8");
}
