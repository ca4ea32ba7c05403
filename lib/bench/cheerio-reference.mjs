/**
 * The reference workload `npm run bench:extract` times beside the real extract command: a bare
 * Node process that reads the same files and parses each with cheerio/slim (htmlparser2, the
 * parser the extractor uses), then takes its text. It is what any JavaScript extractor must pay at least
 * (start-up, reading, parsing), so "extract ÷ reference" stays comparable between runs on a
 * shared, noisy machine, where absolute times drift 1.5–2×. Plain JavaScript: no transpiler.
 */
import fs from "node:fs";
import { load } from "cheerio/slim";

let chars = 0;
for (const file of process.argv.slice(2)) {
  const text = new TextDecoder("utf-8").decode(fs.readFileSync(file));
  const $ = load(text);
  chars += $("body").text().length;
}
process.stdout.write(`${chars}\n`);
