/** Authorisation for admin pages (server components): anonymous visitors go to the sign-in page. */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db";
import { SESSION_COOKIE, verifySession } from "./session";

export async function isAdminSession(): Promise<boolean> {
  const jar = await cookies();
  return verifySession(db(), jar.get(SESSION_COOKIE)?.value);
}

/** Call at the top of every admin page. */
export async function requireAdminPage(): Promise<void> {
  if (!(await isAdminSession())) redirect("/admin/login");
}
