/** /admin — re-run the import and watch it, upload files, and the history of runs. */
import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { requireAdminPage } from "@/lib/auth/page-guard";
import { listRuns } from "@/lib/data/admin/runs";
import { MAX_REQUEST_BYTES, uploadLimits } from "@/lib/upload/limits";
import { AdminNav } from "./_components/admin-nav";
import { ImportPanel } from "./_components/import-panel";
import { UploadForm } from "./_components/upload-form";
import { RunStatus } from "./_components/run-status";

export const metadata: Metadata = { title: "导入管理", robots: { index: false } };
export const dynamic = "force-dynamic";

const MiB = (n: number) => Math.round((n / 1048576) * 10) / 10;

export default async function AdminPage() {
  await requireAdminPage();
  const runs = await listRuns(db());
  const limits = uploadLimits(readEnv());
  return (
    <div className="flex flex-col gap-6">
      <div>
        <AdminNav />
        <h1 className="text-2xl font-bold">导入管理</h1>
      </div>
      <ImportPanel />
      <UploadForm maxFileMiB={MiB(limits.maxFileBytes)} maxFiles={limits.maxFiles} maxRequestMiB={MiB(MAX_REQUEST_BYTES)} />
      <section aria-labelledby="runs-heading">
        <h2 id="runs-heading" className="text-lg font-semibold">
          导入记录
        </h2>
        {runs.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">还没有导入记录。</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="runs-table">
              <thead className="border-b border-stone-300 text-xs text-stone-500">
                <tr>
                  <th className="py-1 pr-3">运行</th>
                  <th className="pr-3">开始</th>
                  <th className="pr-3">来源</th>
                  <th className="pr-3">状态</th>
                  <th className="pr-3 text-right">文件</th>
                  <th className="pr-3 text-right">新增</th>
                  <th className="pr-3 text-right">更新</th>
                  <th className="pr-3 text-right">未变</th>
                  <th className="pr-3 text-right">重复</th>
                  <th className="pr-3 text-right">失败</th>
                  <th className="text-right">缺失</th>
                </tr>
              </thead>
              <tbody>
                {runs.map((r) => (
                  <tr key={r.id} className="border-b border-stone-100">
                    <td className="py-1 pr-3">
                      <Link href={`/admin/runs/${r.id}`} className="text-brand underline">
                        #{r.id}
                      </Link>
                    </td>
                    <td className="pr-3 whitespace-nowrap">{r.startedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</td>
                    <td className="pr-3">{r.triggeredBy ?? r.trigger}</td>
                    <td className="pr-3">
                      <RunStatus status={r.status} />
                    </td>
                    <td className="pr-3 text-right">{r.total}</td>
                    <td className="pr-3 text-right">{r.added}</td>
                    <td className="pr-3 text-right">{r.updated}</td>
                    <td className="pr-3 text-right">{r.unchanged}</td>
                    <td className="pr-3 text-right">{r.duplicates}</td>
                    <td className="pr-3 text-right">{r.failed}</td>
                    <td className="text-right">{r.missing}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
