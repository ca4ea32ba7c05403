/**
 * `npm run eval:datasets`: body P/R/F1 on the development sets in ../shared/datasets only (the
 * quick loop while changing the cleaner); `npm run eval -- --datasets` prints the same after the
 * seed and entity figures. Skips with a notice when the folder is absent.
 */
import { printDatasetScores } from "../lib/eval/datasets";

printDatasetScores(process.argv.find((a) => a.endsWith(".json")));
