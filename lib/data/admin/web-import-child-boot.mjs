/**
 * Entry of the child process that runs an admin import (web-import.ts). Plain JavaScript, so the
 * production server can start it; it loads the TypeScript runner through tsx (a dependency).
 */
import { tsImport } from "tsx/esm/api";

await tsImport("./web-import-child.ts", import.meta.url);
