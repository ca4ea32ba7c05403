import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Native and WASM-backed modules must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/client"],
  poweredByHeader: false,
  // Cached profile pages (revalidate = 60) may be served stale by a CDN for at most an hour,
  // not the year Next.js allows by default.
  expireTime: 3600,
  // The page cache, with cached pages rendered again when the data changes, not on a timer.
  cacheHandler: require.resolve("./lib/data/cache/page-cache-handler.mjs"),
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default nextConfig;
