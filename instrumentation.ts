/** Next.js start-up hook: runs once when the server starts (not in the Edge runtime, not during the build). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { installServerHook } = await import("./lib/security/server-hook");
  installServerHook();
  const { startLoopMonitor } = await import("./lib/http/process-metrics");
  startLoopMonitor();
  const { ensureAdminTokenAtStart } = await import("./lib/auth/admin-token-at-start");
  await ensureAdminTokenAtStart();
  const { buildListingSnapshotAtStart } = await import("./lib/data/listing-index/build-at-start");
  void buildListingSnapshotAtStart();
  // Awaited: the server takes requests once the first search's on-loop set-up is done.
  const { warmRequestPathAtStart } = await import("./lib/data/warm-at-start");
  await warmRequestPathAtStart();
  const { exposePageFreshness } = await import("./lib/data/cache/page-freshness");
  exposePageFreshness();
}
