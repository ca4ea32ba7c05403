/** CLI: replace the admin sign-in token and print the new one (signs every admin out). `npx tsx scripts/admin-token.ts` */
import { rotateAdminToken } from "../lib/auth/admin-token";
import { db } from "../lib/db";
import { readEnv } from "../lib/env";

async function main(): Promise<void> {
  if (readEnv().ADMIN_TOKEN) {
    console.error("ADMIN_TOKEN is set in the environment and takes precedence; change it there instead.");
    process.exitCode = 2;
    return;
  }
  const token = await rotateAdminToken(db());
  console.log(`New admin sign-in token (shown only now): ${token}`);
  console.log("Sign in at /admin/login on the running server. Earlier sessions are signed out.");
}

main()
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => db().$disconnect());
