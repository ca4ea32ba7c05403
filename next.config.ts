import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and WASM-backed modules must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/client"],
  poweredByHeader: false,
};

export default nextConfig;
