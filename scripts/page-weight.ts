/**
 * Bytes of HTML and RSC payload per page kind, from a running server: the samples bench:web
 * prints (its synthetic companies and people, --max-id the largest article id), or with
 * --any-db the most-mentioned company and person of whatever database the server holds.
 * `npx tsx scripts/page-weight.ts -- --base http://127.0.0.1:3000 (--max-id 100000 | --any-db)`
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { benchSamples, printPageWeights, serverSamples } from "../lib/bench/page-weight";
import { requestLists } from "../lib/bench/request-lists";

const Flags = z.union([
  z.object({ base: z.string().url(), anyDb: z.literal(true) }),
  z.object({ base: z.string().url(), maxId: z.coerce.number().int().positive() }),
]);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { base: { type: "string" }, "max-id": { type: "string" }, "any-db": { type: "boolean" } }, strict: true });
  const flags = Flags.parse({ base: values.base, maxId: values["max-id"], anyDb: values["any-db"] });
  const base = flags.base.replace(/\/$/, "");
  await printPageWeights(base, "anyDb" in flags ? await serverSamples(base) : benchSamples(requestLists(50, flags.maxId)));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
