/**
 * /admin/entities — review discovered companies and people (confirm, reject, or merge into an
 * existing entity), and the decisions taken, each with an undo. Cards rather than a table, so the
 * actions stay in view on a phone and the short columns never wrap a character a line.
 */
import type { Metadata } from "next";
import { db } from "@/lib/db";
import { requireAdminPage } from "@/lib/auth/page-guard";
import { listDiscovered, mergeTargets } from "@/lib/data/admin/entities";
import { listDecided, type DecidedEntity } from "@/lib/data/admin/entity-undo";
import { AdminNav } from "../_components/admin-nav";
import { EntityReview } from "../_components/entity-review";
import { UndoDecision } from "../_components/undo-decision";

export const metadata: Metadata = { title: "实体审核", robots: { index: false } };
export const dynamic = "force-dynamic";

const KIND = { company: "公司", person: "人物" } as const;
const DECISION = { confirmed: "已确认", rejected: "已拒绝", merged: "已合并" } as const;

function undoUrl(d: DecidedEntity): string {
  return d.decision === "merged" ? `/api/admin/merges/${d.id}` : `/api/admin/entities/${d.kind}/${d.id}`;
}

/** One short fact ("类型 公司") that never wraps inside itself. */
function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="whitespace-nowrap">
      <dt className="inline text-stone-600">{label}</dt> <dd className="inline">{children}</dd>
    </div>
  );
}

export default async function EntitiesPage() {
  await requireAdminPage();
  const [found, decided, companies, people] = await Promise.all([listDiscovered(db()), listDecided(db()), mergeTargets(db(), "company"), mergeTargets(db(), "person")]);
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <AdminNav />
      <h1 className="text-2xl font-bold">实体审核</h1>
      <p className="text-sm text-stone-600">
        抽取时发现、不在词表中的公司和人物。确认后保留；拒绝后不再出现（重新导入也不会）；合并会把提及移到已有实体，并把此名称记为它的别名。每个决定都可以撤销，撤销后下次导入时生效。
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

      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" className="text-lg font-semibold">
          待审核（{found.length}）
        </h2>
        {found.length === 0 ? (
          <p className="mt-2 text-sm">没有待审核的实体。</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2" data-testid="discovered-entities">
            {found.map((e) => (
              <li key={`${e.kind}-${e.id}`} className="rounded border border-stone-200 bg-white p-3 text-sm" data-testid="discovered-entity" data-name={e.name} data-kind={e.kind} data-slug={e.slug}>
                <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
                  <h3 className="font-semibold break-all">{e.name}</h3>
                  <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
                    <Fact label="类型">
                      {KIND[e.kind]}
                      {e.authorOnly && (
                        <span className="ml-1 rounded bg-stone-200 px-1 text-stone-700" title="只出现在署名中：文章作者，不是报道对象" data-testid="author-mark">
                          作者
                        </span>
                      )}
                    </Fact>
                    <Fact label="提及">{e.mentions}</Fact>
                    <Fact label="置信度">{e.confidence.toFixed(2)}</Fact>
                  </dl>
                </div>
                {e.aliases.length > 0 && <p className="mt-1 text-xs text-stone-600">别名：{e.aliases.join("、")}</p>}
                {e.evidence && <p className="mt-1 text-xs break-all text-stone-600">依据：{e.evidence}</p>}
                <EntityReview kind={e.kind} id={e.id} name={e.name} listId={e.kind === "company" ? "company-targets" : "person-targets"} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="decided-heading">
        <h2 id="decided-heading" className="text-lg font-semibold">
          已决定（{decided.length}）
        </h2>
        {decided.length === 0 ? (
          <p className="mt-2 text-sm">还没有做出任何决定。</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-2" data-testid="decided-entities">
            {decided.map((d) => (
              <li
                key={`${d.decision}-${d.kind}-${d.id}`}
                className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded border border-stone-200 bg-white p-3 text-sm"
                data-testid="decided-entity"
                data-name={d.name}
                data-decision={d.decision}
              >
                <span className="font-semibold break-all">{d.name}</span>
                <span className="whitespace-nowrap text-stone-600">{KIND[d.kind]}</span>
                <span className="whitespace-nowrap">
                  {DECISION[d.decision]}
                  {d.target && <>到“{d.target.name}”</>}
                </span>
                <time className="whitespace-nowrap text-xs text-stone-600" dateTime={d.decidedAt.toISOString()}>
                  {d.decidedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}
                </time>
                <UndoDecision url={undoUrl(d)} name={d.name} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
