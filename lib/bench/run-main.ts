/** How a benchmark script ends on a bad flag or a failed run: its message on stderr and exit 1, not a stack of zod's internals. */
import { z } from "zod";

export function runMain(main: () => void): void {
  try {
    main();
  } catch (err) {
    console.error(err instanceof z.ZodError ? err.issues.map((i) => i.message).join("; ") : err);
    process.exit(1);
  }
}
