/** Environment, validated once with zod. Everything that reads process.env goes through here. */
import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)/, "DATABASE_URL must be a SQLite file URL such as file:./data/app.db or a PostgreSQL URL such as postgres://user@host:5432/db")
    .default("file:./data/app.db"),
  SEEDS_DIR: z.string().min(1).default("seeds"),
  // Read cache of facet counts, totals, searches and profiles (see lib/data/cache/); "off" to measure without it.
  QUERY_CACHE: z.enum(["on", "off"]).default("on"),
  IMPORT_MAX_FILE_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  // Admin sign-in secret. When unset, one is generated on first use and only its hash is kept
  // (Setting table). Long enough that guessing is hopeless even without the rate limit.
  ADMIN_TOKEN: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(16, "ADMIN_TOKEN must be at least 16 characters").optional(),
  ),
  // Secret that opens /api/internal/metrics (event-loop delay, peak memory of this process) to
  // benchmarks; unset (the default), the endpoint answers 404 like any unknown path.
  METRICS_TOKEN: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
  ),
  // Addresses of reverse proxies whose X-Forwarded-For/-Host/-Proto are believed (comma-separated
  // IPs). Off (empty) by default: a client talking to the server directly can send any of them.
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.ipv4(), z.ipv6()], "TRUSTED_PROXIES must be comma-separated IP addresses")).max(32)),
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function databaseUrl(): string {
  return readEnv().DATABASE_URL;
}
