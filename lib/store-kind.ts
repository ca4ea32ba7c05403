/**
 * Which store a DATABASE_URL names: a SQLite file (`file:…`, the embedded default) or a
 * PostgreSQL server (`postgres://…` / `postgresql://…`, issue 18). The one place that decides;
 * prisma.config.ts, lib/db.ts and the data layer's dialect (lib/data/dialect.ts) all ask here.
 */
export type StoreKind = "sqlite" | "postgres";

export const POSTGRES_URL = /^postgres(ql)?:\/\/.+/;

export function storeKind(url: string): StoreKind {
  return POSTGRES_URL.test(url) ? "postgres" : "sqlite";
}
