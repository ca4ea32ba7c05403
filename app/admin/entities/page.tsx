/** /admin/entities — review discovered companies and people: confirm, reject, or merge into an existing entity. */
import type { Metadata } from "next";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/auth/page-guard";
import { listDiscovered, mergeTargets } from "@/lib/data/admin/entities";
import { AdminNav } from "../_components/admin-nav";
import { EntityReview } from "../_components/entity-review";

export const metadata: Metadata = { title: "实体审核", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function EntitiesPage() {
  await requireAdminPage();
  const [found, companies, people] = await Promise.all([listDiscovered(db()), mergeTargets(db(), "company"), mergeTargets(db(), "person")]);
  return (
    <div className="flex flex-col gap-4">
      <AdminNav />
      <h1 className="text-2xl font-bold">实体审核</h1>
      <p className="text-sm text-stone-600">
        抽取时发现、不在词表中的公司和人物。确认后保留；拒绝后不再出现（重新导入也不会）；合并会把提及移到已有实体，并把此名称记为它的别名。
      </p>
      <datalist id="company-targets">
        {companies.map((c) => (
          <option key={c.slug} value={c.slug}>
            {c.name}
          </option>
        ))}
      </datalist>
      <datalist id="person-targets">
        {people.map((p) => (
          <option key={p.slug} value={p.slug}>
            {p.name}
          </option>
        ))}
      </datalist>
      {found.length === 0 ? (
        <p className="text-sm">没有待审核的实体。</p>
      ) : (
        <table className="w-full text-left text-sm" data-testid="discovered-entities">
          <thead className="border-b border-stone-300 text-xs text-stone-500">
            <tr>
              <th className="py-1 pr-3">名称</th>
              <th className="pr-3">类型</th>
              <th className="pr-3 text-right">提及</th>
              <th className="pr-3 text-right">置信度</th>
              <th className="pr-3">依据</th>
              <th>决定</th>
            </tr>
          </thead>
          <tbody>
            {found.map((e) => (
              <tr key={`${e.kind}-${e.id}`} className="border-b border-stone-100 align-top">
                <td className="py-1 pr-3">
                  {e.name}
                  {e.aliases.length > 0 && <span className="block text-xs text-stone-500">{e.aliases.join("、")}</span>}
                </td>
                <td className="pr-3">
                  {e.kind === "company" ? "公司" : "人物"}
                  {e.authorOnly && (
                    <span className="ml-1 rounded bg-stone-200 px-1 text-xs text-stone-700" title="只出现在署名中：文章作者，不是报道对象" data-testid="author-mark">
                      作者
                    </span>
                  )}
                </td>
                <td className="pr-3 text-right">{e.mentions}</td>
                <td className="pr-3 text-right">{e.confidence.toFixed(2)}</td>
                <td className="pr-3 text-xs text-stone-600">{e.evidence ?? ""}</td>
                <td>
                  <EntityReview kind={e.kind} id={e.id} name={e.name} listId={e.kind === "company" ? "company-targets" : "person-targets"} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
