/**
 * The folded "清理记录" panel: what the cleaner removed from the scraped page (grouped by kind,
 * each with its reason), what it repaired, and how it read the page (encoding, date evidence).
 */
import type { Cleaning, RemovedBlock, Repair } from "@/lib/data/articles/json-columns";
import { reasonLabel } from "./cleaning-labels";

const KIND_LABEL: Record<string, string> = {
  navigation: "导航菜单",
  ad: "广告",
  contact: "联系方式",
  copyright: "版权信息",
  disclaimer: "声明",
  "link-list": "链接列表",
  "prev-next": "上一篇/下一篇",
  form: "表单(投票/登录/评论框)",
  related: "相关推荐",
  "image-credit": "图片来源",
  teaser: "导读/摘要（与正文重复）",
  "site-header": "网站页眉",
  "site-footer": "网站页脚",
  metadata: "元数据行",
  comment: "评论",
  share: "分享按钮",
  empty: "空行",
  duplicate: "重复内容",
};

const REPAIR_LABEL: Record<string, string> = {
  "pinyin-annotation": "去除拼音注音",
  mojibake: "修复乱码",
  "lost-bytes": "字符丢失（未修复，仅标记）",
  "wrong-character": "更正错字",
  "spun-text": "同义词替换（伪原创）",
};

function clip(s: string, n = 120): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

function groupByKind(removed: RemovedBlock[]): [string, RemovedBlock[]][] {
  const groups = new Map<string, RemovedBlock[]>();
  for (const r of removed) groups.set(r.kind, [...(groups.get(r.kind) ?? []), r]);
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
}

function groupRepairs(repairs: Repair[]): [string, Repair[]][] {
  const groups = new Map<string, Repair[]>();
  for (const r of repairs) groups.set(r.kind, [...(groups.get(r.kind) ?? []), r]);
  return [...groups.entries()];
}

export function CleaningPanel({ cleaning, encoding }: { cleaning: Cleaning; encoding: string }) {
  const groups = groupByKind(cleaning.removed.filter((r) => r.kind !== "empty"));
  const emptyLines = cleaning.removed.length - groups.reduce((n, [, g]) => n + g.length, 0);
  return (
    <details className="mt-8 rounded border border-stone-200 bg-white p-4 text-sm" data-testid="cleaning-panel">
      <summary className="cursor-pointer font-semibold">
        清理记录：去除 {cleaning.removed.length} 处，修复 {cleaning.repairs.filter((r) => r.applied).length} 处
      </summary>
      <div className="mt-3 space-y-4">
        <p className="text-stone-600">
          编码：{encoding}
          {cleaning.encodingReason && `（${reasonLabel(cleaning.encodingReason)}）`}
          {cleaning.dateEvidence && <>；日期依据：{reasonLabel(cleaning.dateEvidence)}</>}
        </p>
        {groups.length > 0 && (
          <section>
            <h3 className="font-semibold">去除的内容</h3>
            <ul className="mt-1 space-y-2">
              {groups.map(([kind, blocks]) => (
                <li key={kind}>
                  <details>
                    <summary className="cursor-pointer">
                      {KIND_LABEL[kind] ?? kind}（{blocks.length} 处）
                    </summary>
                    <ul className="ml-4 mt-1 list-disc space-y-1 text-stone-700">
                      {blocks.slice(0, 50).map((b) => (
                        <li key={b.index}>
                          <span className="text-stone-600">{reasonLabel(b.reason)}：</span> <q className="break-all">{clip(b.text)}</q>
                        </li>
                      ))}
                      {blocks.length > 50 && <li>……另有 {blocks.length - 50} 处同类内容</li>}
                    </ul>
                  </details>
                </li>
              ))}
              {emptyLines > 0 && <li className="text-stone-500">另有 {emptyLines} 个空行</li>}
            </ul>
          </section>
        )}
        {cleaning.repairs.length > 0 && (
          <section>
            <h3 className="font-semibold">修复</h3>
            <ul className="mt-1 space-y-2">
              {groupRepairs(cleaning.repairs).map(([kind, repairs]) => (
                <li key={kind}>
                  <details>
                    <summary className="cursor-pointer">
                      {REPAIR_LABEL[kind] ?? kind}（{repairs.length} 处）
                    </summary>
                    <ul className="ml-4 mt-1 flex flex-wrap gap-x-4 gap-y-1 text-stone-700">
                      {repairs.slice(0, 60).map((r, i) => (
                        <li key={i}>
                          <q>{r.from}</q> → <q>{r.to}</q>
                          {!r.applied && <span className="text-amber-800">（未修改）</span>}
                        </li>
                      ))}
                      {repairs.length > 60 && <li>……另有 {repairs.length - 60} 处</li>}
                    </ul>
                  </details>
                </li>
              ))}
            </ul>
          </section>
        )}
        {cleaning.notes.length > 0 && (
          <section>
            <h3 className="font-semibold">文末说明（不属于正文）</h3>
            <ul className="ml-4 mt-1 list-disc text-stone-700">
              {cleaning.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </details>
  );
}
