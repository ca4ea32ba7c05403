/** A temporary database and seeds folder set up as the admin routes read them (env), with the sign-in limits reset. */
import { copySeeds, createTempDb, type TempDb } from "./temp-db";
import { resetSignInLimiters } from "@/lib/auth/rate-limit";

export async function adminEnv(prefix: string, token: string): Promise<{ t: TempDb; seeds: string }> {
  const t = await createTempDb(prefix);
  const seeds = copySeeds(t.dir);
  process.env.DATABASE_URL = t.url;
  process.env.SEEDS_DIR = seeds;
  process.env.ADMIN_TOKEN = token;
  await resetSignInLimiters();
  return { t, seeds };
}
