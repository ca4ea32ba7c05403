/**
 * The query language, written down where searchers see it, with examples taken from the
 * collection (lib/data/search/examples.ts) so that every example finds something.
 */
import type { SearchExamples } from "@/lib/data/search/examples";

function operators(x: SearchExamples): { example: string; meaning: string }[] {
  const [c1, c2] = x.companies;
  const out: { example: string; meaning: string }[] = [];
  if (c1 && x.person) out.push({ example: `${c1} ${x.person}`, meaning: "两个词都要出现（中文按相邻的字匹配，繁简、全半角、大小写不限）" });
  if (c1) out.push({ example: `"${c1}"`, meaning: "精确短语（只找正文中的这几个字）" });
  if (c1 && c2) out.push({ example: `${c1} OR ${c2}`, meaning: "任一即可" });
  if (c1 && c2) out.push({ example: `${c1} -${c2}`, meaning: `排除提到“${c2}”的文章` });
  if (c1) out.push({ example: `company:${c1}`, meaning: "提到该公司的文章（公司名、别名、产品名或拼音均可）" });
  if (x.person) out.push({ example: `person:${x.person}`, meaning: "提到该人物的文章" });
  if (x.source) out.push({ example: `source:${x.source}`, meaning: "来源包含该名称；-source: 排除" });
  if (x.lastYear) out.push({ example: `after:${x.lastYear}-01-01`, meaning: `该日（含）之后发布；也可写 ${x.lastYear} 或 ${x.lastYear}-01` });
  if (x.lastYear) out.push({ example: `before:${x.lastYear}-01-01`, meaning: "该日之前发布（不含该日）" });
  return out;
}

export function OperatorHelp({ examples }: { examples: SearchExamples }) {
  const list = operators(examples);
  const [c1] = examples.companies;
  return (
    <details className="mt-8 rounded border border-stone-200 bg-white p-4 text-sm" open={false}>
      <summary className="cursor-pointer py-1 font-medium">搜索语法</summary>
      {examples.person && examples.personPinyin && (
        <p className="mt-2 text-stone-700">
          人物也可以用拼音搜索，例如 <code className="rounded bg-stone-100 px-1">{examples.personPinyin}</code>（{examples.person}）。
          {c1 && examples.lastYear && (
            <>
              可以组合使用：<code className="mx-1 rounded bg-stone-100 px-1">{`company:${c1} after:${examples.lastYear}-01`}</code>
            </>
          )}
        </p>
      )}
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]" data-testid="operator-examples">
        {list.map((o) => (
          <div key={o.example} className="contents">
            <dt>
              <code className="rounded bg-stone-100 px-1">{o.example}</code>
            </dt>
            <dd className="text-stone-700">{o.meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
