/**
 * CLI: runs the cleaning pipeline on files and prints one JSON object per file (JSON Lines),
 * without a database. `npm run extract -- seeds/*.txt`. A file that is a near-duplicate of an
 * earlier one carries duplicateOf; companies, people (with roles) and products come last. A file that cannot be read or decoded prints {file, error}.
 * `npm run extract` starts the same function from a V8 start-up snapshot (scripts/extract.snapshot.ts).
 */
import { extractCli } from "./extract-cli";

process.exit(extractCli(process.argv.slice(2)));
