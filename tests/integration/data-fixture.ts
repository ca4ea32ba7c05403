/**
 * A small, known collection written through Prisma into a real migrated SQLite file, for the
 * read-side data tests: dated and undated articles (with equal timestamps to exercise keyset
 * ties), two scripts, sources, a missing article, near-duplicates, companies of several kinds
 * (one rejected, one never mentioned), people, mentions with salience, and roles.
 */
import type { Db } from "@/lib/db";

export interface Fixture {
  ids: Record<string, number>;
  companies: Record<string, number>;
  people: Record<string, number>;
}

interface ArticleSpec {
  key: string;
  title: string;
  publishedLocal: string | null;
  source?: string | null;
  script?: "simplified" | "traditional";
  body?: string;
  missing?: boolean;
  duplicateOf?: string;
  cleaning?: string;
}

/** 12 ordinary articles spread over 2023-11 … 2024-04, then the special cases. */
function specs(): ArticleSpec[] {
  const out: ArticleSpec[] = [];
  const months = ["2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04"];
  for (let i = 0; i < 12; i++) {
    const month = months[i % months.length]!;
    out.push({
      key: `a${i}`,
      title: `普通文章${i}`,
      publishedLocal: `${month}-${String(10 + i).padStart(2, "0")}T09:00:00+08:00`,
      source: i % 3 === 0 ? "第一财经" : i % 3 === 1 ? "每日经济新闻" : null,
      body: `第一段${i}:百度和智谱都发布了新模型。\n\n第二段${i}。`,
    });
  }
  out.push(
    // Same instant twice: the keyset must order them by id and lose neither.
    { key: "tie1", title: "同一时刻一", publishedLocal: "2024-05-01T10:00:00+08:00", source: "第一财经" },
    { key: "tie2", title: "同一时刻二", publishedLocal: "2024-05-01T10:00:00+08:00", source: "第一财经" },
    // Half an hour after midnight in Shanghai is still the previous day in UTC.
    { key: "midnight", title: "跨日边界", publishedLocal: "2024-06-01T00:30:00+08:00", source: "36氪" },
    { key: "trad", title: "騰訊發布混元大模型", publishedLocal: "2024-06-02T08:00:00+08:00", source: "經濟日報", script: "traditional", body: "騰訊今天發布了混元。\n\n李開復表示關注。" },
    { key: "undated1", title: "没有日期一", publishedLocal: null },
    { key: "undated2", title: "没有日期二", publishedLocal: null },
    { key: "gone", title: "已消失的文章", publishedLocal: "2024-06-03T08:00:00+08:00", source: "第一财经", missing: true },
    { key: "dupA", title: "百度发布文心大模型4.0", publishedLocal: "2024-06-04T08:00:00+08:00", source: "第一财经" },
    { key: "dupB", title: "百度发布文心大模型4.0(转载)", publishedLocal: "2024-06-04T09:00:00+08:00", source: "网易", duplicateOf: "dupA" },
    { key: "dupC", title: "百度發布文心大模型4.0", publishedLocal: "2024-06-04T10:00:00+08:00", source: "經濟日報", duplicateOf: "dupA", script: "traditional" },
    { key: "badjson", title: "列损坏的文章", publishedLocal: "2024-06-05T08:00:00+08:00", cleaning: "{not json" },
  );
  return out;
}

export async function fillFixture(db: Db): Promise<Fixture> {
  const ids: Record<string, number> = {};
  for (const s of specs()) {
    const body = s.body ?? `${s.title}的正文。`;
    const a = await db.article.create({
      data: {
        path: `${s.key}.txt`,
        title: s.title,
        titleSimplified: s.title,
        body,
        bodySimplified: body,
        summary: `${s.title}的摘要`,
        publishedAt: s.publishedLocal ? new Date(s.publishedLocal) : null,
        publishedLocal: s.publishedLocal,
        source: s.source ?? null,
        script: s.script ?? "simplified",
        encoding: "utf-8",
        encodingReason: "test",
        rawText: body,
        contentHash: s.key,
        nearDupKey: s.key,
        duplicateOfId: s.duplicateOf ? ids[s.duplicateOf] : null,
        authors: JSON.stringify(["作者甲"]),
        reporters: "not json at all",
        cleaning:
          s.cleaning ??
          JSON.stringify({
            removed: [{ index: 0, text: "首页 | 新闻 | 科技", kind: "navigation", reason: "navigation bar" }],
            repairs: [{ kind: "pinyin-annotation", block: 3, offset: 2, from: "領(lǐng)", to: "領", applied: true }],
            notes: ["(作者系某研究院院长)"],
            dateEvidence: "explicit",
            encodingReason: "test",
          }),
        missingSince: s.missing ? new Date() : null,
      },
    });
    ids[s.key] = a.id;
  }

  const companies: Record<string, number> = {};
  const companyRows: [string, string, string, string[], string[]][] = [
    ["baidu", "百度", "company", ["Baidu", "百度公司"], ["文心一言"]],
    ["zhipu", "智谱", "company", ["智谱AI"], ["ChatGLM"]],
    ["tencent", "腾讯", "company", ["騰訊"], ["混元"]],
    ["sequoia", "红杉中国", "investor", [], []],
    ["tsinghua", "清华大学", "university", ["清華大學"], []],
    ["bogus", "假公司", "company", [], []],
    ["silent", "从未被提到", "company", [], []],
  ];
  for (const [slug, name, kind, aliases, products] of companyRows) {
    const c = await db.company.create({
      data: { slug, name, kind, aliases: JSON.stringify(aliases), products: JSON.stringify(products), status: slug === "bogus" ? "rejected" : "gazetteer" },
    });
    companies[slug] = c.id;
  }
  await db.company.update({ where: { slug: "tencent" }, data: { parentSlug: null } });

  const people: Record<string, number> = {};
  for (const [slug, name, aliases] of [
    ["li-kaifu", "李开复", ["李開復", "Kai-Fu Lee"]],
    ["robin-li", "李彦宏", ["Robin Li"]],
    ["zhang-peng", "张鹏", []],
  ] as [string, string, string[]][]) {
    const p = await db.person.create({ data: { slug, name, aliases: JSON.stringify(aliases) } });
    people[slug] = p.id;
  }

  const cm = (article: string, company: string, count: number, about: boolean, forms: string[] = []) =>
    db.companyMention.create({
      data: { articleId: ids[article]!, companyId: companies[company]!, count, salience: count / 10, about, snippet: "…", forms: JSON.stringify(forms) },
    });
  const pm = (article: string, person: string, count: number, about: boolean, forms: string[] = []) =>
    db.personMention.create({
      data: { articleId: ids[article]!, personId: people[person]!, count, salience: count / 10, about, snippet: "…", forms: JSON.stringify(forms) },
    });

  // Baidu and Zhipu in every ordinary article; Baidu is the subject of the even ones.
  for (let i = 0; i < 12; i++) {
    await cm(`a${i}`, "baidu", i % 2 === 0 ? 5 : 1, i % 2 === 0, ["百度"]);
    await cm(`a${i}`, "zhipu", 1, false, ["智谱"]);
  }
  for (const k of ["a0", "a1", "a2"]) await pm(k, "robin-li", 2, k === "a0", ["李彦宏"]);
  await cm("a3", "sequoia", 1, false);
  await cm("a4", "tsinghua", 1, false);
  await cm("trad", "tencent", 3, true, ["騰訊", "混元"]);
  await pm("trad", "li-kaifu", 1, false, ["李開復"]);
  await cm("gone", "baidu", 4, true);
  await cm("gone", "tencent", 1, false);
  await cm("dupA", "baidu", 4, true);
  await cm("dupB", "baidu", 4, true);
  await cm("dupC", "baidu", 4, true);
  await cm("a5", "bogus", 1, false);
  await pm("a1", "zhang-peng", 1, false);
  await cm("midnight", "zhipu", 3, true);
  await pm("midnight", "zhang-peng", 2, true);

  await db.role.create({
    data: { personId: people["robin-li"]!, companyId: companies.baidu!, organisation: "百度", title: "董事长", sentence: "百度董事长李彦宏表示", articleId: ids.a0! },
  });
  await db.role.create({
    data: { personId: people["robin-li"]!, companyId: companies.baidu!, organisation: "百度", title: "CEO", sentence: "百度CEO李彦宏", articleId: ids.a2! },
  });
  await db.role.create({
    data: { personId: people["zhang-peng"]!, companyId: companies.zhipu!, organisation: "智谱", title: "CEO", sentence: "智谱CEO张鹏", articleId: ids.midnight! },
  });
  return { ids, companies, people };
}
