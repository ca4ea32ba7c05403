/**
 * `npm run fuzz:web` in the test command: a few thousand hostile requests (lib/fuzz/) against the
 * production server over the small seeds database. Any 5xx, any unescaped reflection of the
 * marker, any dropped connection fails; made-up URLs must not grow the page cache on disk.
 */
import { expect, test } from "@playwright/test";
import { hostileRequests } from "../../lib/fuzz/hostile-requests";
import { formatReport, runFuzz } from "../../lib/fuzz/run-fuzz";

test("a few thousand hostile requests: no 5xx, no reflected markup, no page-cache growth", async () => {
  test.setTimeout(10 * 60_000);
  const report = await runFuzz(`http://localhost:${process.env.E2E_PORT ?? 3100}`, hostileRequests({ count: 2500, knownSlugs: ["openai", "baidu", "alibaba"] }));
  console.log(formatReport(report));
  expect(report.requests).toBe(2500);
  expect(report.serverErrors).toEqual([]);
  expect(report.reflected).toEqual([]);
  expect(report.transportErrors).toEqual([]);
  // Every made-up slug answers 404 and is not kept; a handful of real profiles may be rendered once.
  expect(report.cacheAfter.files - report.cacheBefore.files).toBeLessThanOrEqual(30);
});
