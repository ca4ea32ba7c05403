/** /admin/login — sign in with the admin token. The first visit generates (and logs) a token when none is configured. */
import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { ensureAdminToken } from "@/lib/auth/admin-token";
import { isAdminSession } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "管理登录", robots: { index: false } };

const Query = z.object({ error: z.enum(["invalid", "limited"]).optional().catch(undefined) });
const MESSAGES = { invalid: "令牌不正确。", limited: "失败次数过多,请稍后再试。" } as const;

export default async function AdminLoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await isAdminSession()) redirect("/admin");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  const proto = h.get("x-forwarded-proto") ?? "http";
  // The token is generated (and printed in the server log) the first time anyone needs it.
  const token = await ensureAdminToken(db(), host ? `${proto}://${host}` : undefined);
  const { error } = Query.parse(await searchParams);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">管理登录</h1>
      <p className="mt-2 text-sm text-stone-600">
        {token.source === "env"
          ? "请输入环境变量 ADMIN_TOKEN 中设置的令牌。"
          : "请输入服务器首次启动时在日志中打印的令牌;遗失时运行 npx tsx scripts/admin-token.ts 生成新令牌。"}
      </p>
      <form action="/api/admin/login" method="post" className="mt-4 flex flex-col gap-3">
        <label htmlFor="admin-token" className="text-sm font-medium">
          令牌
        </label>
        <input id="admin-token" name="token" type="password" autoComplete="current-password" required className="rounded border border-stone-300 px-2 py-1.5" />
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {MESSAGES[error]}
          </p>
        )}
        <button type="submit" className="rounded bg-brand px-4 py-1.5 text-white">
          登录
        </button>
      </form>
    </div>
  );
}
