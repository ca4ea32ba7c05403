/**
 * /admin/runs/[id] — one run's per-file results: status, encoding, lines removed (and why, for
 * the file picked with ?item=), the article produced, the error reason; re-run a single file.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/auth/page-guard";
import { getRun, removalSummary, RunItemsQuery, statusCounts } from "@/lib/data/admin/runs";
import { AdminNav } from "../../_components/admin-nav";
import { RerunButton } from "../../_components/rerun-button";
import { RunStatus } from "../../_components/run-status";

export const metadata: Metadata = { title: "导入运行", robots: { index: false } };
export const dynamic = "force-dynamic";

const Params = z.object({ id: z.coerce.number().int().positive() });
const Query = RunItemsQuery.extend({ item: z.coerce.number().int().positive().optional() }).catch({ page: 1 });
const STATUSES = ["failed", "added", "updated", "unchanged", "duplicate", "missing"] as const;

type Search = Record<string, string | string[] | undefined>;

function href(id: number, q: { status?: string; page?: number; item?: number }): string {
  const p = new URLSearchParams();
  if (q.status) p.set("status", q.status);
  if (q.page && q.page > 1) p.set("page", String(q.page));
  if (q.item) p.set("item", String(q.item));
  const s = p.toString();
  return `/admin/runs/${id}${s ? `?${s}` : ""}`;
}

export default async function RunPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  await requireAdminPage();
  const parsed = Params.safeParse(await params);
  if (!parsed.success) notFound();
  const query = Query.parse(await searchParams);
  const data = await getRun(db(), parsed.data.id, query);
  if (!data) notFound();
  const { run, items, matching, pages } = data;
  const picked = query.item ? items.find((i) => i.id === query.item) : undefined;
  const removal = picked?.articleId ? await removalSummary(db(), picked.articleId) : [];
  const counts = statusCounts(run);
  const all = STATUSES.reduce((n, s) => n + counts[s], 0);

  return (
    <div className="flex flex-col gap-4">
      <AdminNav />
      <h1 className="text-2xl font-bold">
        导入运行 #{run.id} <RunStatus status={run.status} />
      </h1>
      <p className="text-sm text-stone-600">
        {run.startedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })} 由 {run.triggeredBy ?? run.trigger} 启动
        {run.finishedAt && <>，{run.finishedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })} 结束</>} · 共 {run.total} 个文件：新增 {run.added}，更新 {run.updated}，未变{" "}
        {run.unchanged}，重复 {run.duplicates}，失败 {run.failed}，缺失 {run.missing}
      </p>

      <nav aria-label="按状态筛选" className="flex flex-wrap gap-3 text-sm">
        <Link href={href(run.id, {})} aria-current={!query.status ? "page" : undefined} className={`whitespace-nowrap ${!query.status ? "font-semibold" : "underline"}`} data-testid="filter-all">
          全部（{all}）
        </Link>
        {STATUSES.map((s) => (
          <Link
            key={s}
            href={href(run.id, { status: s })}
            aria-current={query.status === s ? "page" : undefined}
            className={`whitespace-nowrap ${query.status === s ? "font-semibold" : "underline"}`}
            data-testid={`filter-${s}`}
          >
            <RunStatus status={s} />（{counts[s]}）
          </Link>
        ))}
      </nav>

      {picked && (
        <section aria-labelledby="removed-heading" className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="removal-summary">
          <h2 id="removed-heading" className="font-semibold">
            <code className="break-all">{picked.path}</code>:去除了什么,为什么
          </h2>
          {picked.error && <p className="mt-1 text-red-800">失败原因:{picked.error}</p>}
          {removal.length === 0 ? (
            <p className="mt-1 text-stone-600">没有去除任何内容{picked.articleId ? "" : "(未生成文章)"}。</p>
          ) : (
            <ul className="mt-1 list-disc pl-5">
              {removal.map((g) => (
                <li key={g.kind}>
                  {g.kind}：{g.blocks} 段，{g.chars} 字 — {g.reasons.join(";")}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <p className="text-sm text-stone-600">
        {matching} 个文件{pages > 1 && <>，第 {query.page}/{pages} 页</>}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="run-items">
          <thead className="border-b border-stone-300 text-xs whitespace-nowrap text-stone-500">
            <tr>
              <th className="py-1 pr-3">文件</th>
              <th className="pr-3">状态</th>
              <th className="pr-3">编码</th>
              <th className="pr-3 text-right">去除</th>
              <th className="pr-3">文章</th>
              <th className="pr-3">原因</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-b border-stone-100 align-top" data-path={item.path}>
                <td className="py-1 pr-3 break-all">
                  <code>{item.path}</code>
                </td>
                <td className="pr-3 whitespace-nowrap">
                  <RunStatus status={item.status} />
                </td>
                <td className="pr-3 whitespace-nowrap">{item.encoding ?? item.article?.encoding ?? "—"}</td>
                <td className="pr-3 text-right whitespace-nowrap">
                  <Link href={href(run.id, { status: query.status, page: query.page, item: item.id })} className="underline">
                    {/* Unchanged files are not re-cleaned, so their item has no count; the article keeps the record. */}
                    {item.status === "unchanged" || item.status === "missing" ? "查看" : `${item.removed} 段`}
                  </Link>
                </td>
                <td className="pr-3">
                  {item.article ? (
                    <Link href={`/articles/${item.article.id}`} className="text-brand underline">
                      {item.article.title || `文章 ${item.article.id}`}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="pr-3 text-red-800">{item.error ?? ""}</td>
                <td className="whitespace-nowrap">{item.status !== "missing" && <RerunButton path={item.path} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="分页" className="flex gap-3 text-sm">
          {query.page > 1 && <Link href={href(run.id, { status: query.status, page: query.page - 1 })}>上一页</Link>}
          {query.page < pages && <Link href={href(run.id, { status: query.status, page: query.page + 1 })}>下一页</Link>}
        </nav>
      )}
    </div>
  );
}
