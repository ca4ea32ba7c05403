/** The query language, written down where searchers see it. */
const OPERATORS: { example: string; meaning: string }[] = [
  { example: "百度 文心", meaning: "两个词都要出现(中文按相邻的字匹配,繁简、全半角、大小写不限)" },
  { example: '"大模型 创业"', meaning: "精确短语" },
  { example: "百度 OR 华为", meaning: "任一即可" },
  { example: "大模型 -广告", meaning: "排除含“广告”的文章" },
  { example: "company:智谱", meaning: "提到该公司的文章(公司名、别名、产品名或拼音均可)" },
  { example: "person:杨植麟", meaning: "提到该人物的文章" },
  { example: "source:第一财经", meaning: "来源包含该名称;-source: 排除" },
  { example: "after:2024-01-01", meaning: "该日(含)之后发布;也可写 2024 或 2024-01" },
  { example: "before:2024-07-01", meaning: "该日之前发布(不含该日)" },
];

export function OperatorHelp() {
  return (
    <details className="mt-8 rounded border border-stone-200 bg-white p-4 text-sm" open={false}>
      <summary className="cursor-pointer font-medium">搜索语法</summary>
      <p className="mt-2 text-stone-600">
        公司和人物也可以用拼音或别名搜索,例如 likaifu、li kai fu、Kimi。可以组合使用:
        <code className="mx-1 rounded bg-stone-100 px-1">company:百度 after:2024-01 -广告</code>
      </p>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {OPERATORS.map((o) => (
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
