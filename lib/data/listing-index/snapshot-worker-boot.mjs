/**
 * Entry of the listing snapshot's worker thread (off-thread-build.ts). Plain JavaScript, so a
 * worker of the production server can start it; it loads the TypeScript worker through tsx (a
 * dependency), which reuses the same loading and building code as the main thread.
 */
import { tsImport } from "tsx/esm/api";

await tsImport("./snapshot-worker.ts", import.meta.url);
