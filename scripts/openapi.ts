/** Writes openapi.json from the routes' zod schemas (lib/api/openapi.ts). `--check` exits 1 when the file is stale. */
import fs from "node:fs";
import path from "node:path";
import { openApiText } from "../lib/api/openapi";

const file = path.resolve(import.meta.dirname, "..", "openapi.json");
const text = openApiText();
if (process.argv.includes("--check")) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (current !== text) {
    console.error("openapi.json is out of date: run `npm run openapi`");
    process.exit(1);
  }
  console.log("openapi.json is current");
} else {
  fs.writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)} (${Object.keys(JSON.parse(text).paths).length} paths)`);
}
