/** Company and person read queries and feeds on a real migrated SQLite file. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { entityFeed } from "@/lib/data/articles/entity-feed";
import { getCompany } from "@/lib/data/companies/get-company";
import { listCompanies } from "@/lib/data/companies/list-companies";
import { getPerson } from "@/lib/data/people/get-person";
import { listPeople } from "@/lib/data/people/list-people";
import { CompanyListSchema, PersonListSchema } from "@/lib/validation/entity-lists";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { prerenderedProfiles } from "@/app/_profile/profile-route";
import { createDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import fs from "node:fs";
import path from "node:path";
import { fillFixture, type Fixture } from "./data-fixture";

let t: TempDb;
let f: Fixture;

beforeAll(async () => {
  t = await createTempDb("llmnews-data-entities-");
  f = await fillFixture(t.db);
});
afterAll(async () => {
  await t.cleanup();
});

describe("listCompanies", () => {
  it("sorts by articles then pinyin, hides rejected and never-mentioned companies", async () => {
    const list = await listCompanies(CompanyListSchema.parse({}), t.db);
    expect(list.items.map((c) => [c.slug, c.articleCount])).toEqual([
      ["baidu", 15],
      ["zhipu", 13],
      // Ties by pinyin: 红杉 hóng, 清华 qīng, 腾讯 téng.
      ["sequoia", 1],
      ["tsinghua", 1],
      ["tencent", 1],
    ]);
    expect(list.items.map((c) => c.slug)).not.toContain("bogus");
    expect(list.items.map((c) => c.slug)).not.toContain("silent");
    expect(list.total).toBe(5);
    expect(list.kinds).toEqual(
      expect.arrayContaining([
        { kind: "company", count: 3 },
        { kind: "investor", count: 1 },
        { kind: "university", count: 1 },
      ]),
    );
  });

  it("filters by kind and pages", async () => {
    const investors = await listCompanies(CompanyListSchema.parse({ kind: "investor" }), t.db);
    expect(investors.items.map((c) => c.slug)).toEqual(["sequoia"]);
    const second = await listCompanies(CompanyListSchema.parse({ limit: 2, offset: 2 }), t.db);
    expect(second.items).toHaveLength(2);
    expect(second.total).toBe(5);
  });

  it("gives a 12-month trend ending at the newest article's month", async () => {
    const list = await listCompanies(CompanyListSchema.parse({}), t.db);
    const baidu = list.items.find((c) => c.slug === "baidu")!;
    expect(baidu.trend).toHaveLength(12);
    expect(baidu.trend.at(-1)).toEqual({ month: "2024-06", count: 3 });
    expect(baidu.trend[0]!.month).toBe("2023-07");
  });

  it("counts each trend month as a grouped SQL count over live articles does, for every listed company and person", async () => {
    const brute = async (table: string, key: string, id: number, from: string, to: string) => {
      const rows = await t.db.$queryRaw<{ month: string; n: bigint | number }[]>(
        Prisma.sql`SELECT substr(a."publishedLocal", 1, 7) AS month, count(*) AS n FROM ${Prisma.raw(`"${table}"`)} m JOIN "Article" a ON a."id" = m."articleId"
         WHERE m.${Prisma.raw(`"${key}"`)} = ${id} AND a."missingSince" IS NULL AND substr(a."publishedLocal", 1, 7) BETWEEN ${from} AND ${to} GROUP BY month`,
      );
      return new Map(rows.map((r) => [r.month, Number(r.n)]));
    };
    const companies = (await listCompanies(CompanyListSchema.parse({}), t.db)).items;
    const people = (await listPeople(PersonListSchema.parse({}), t.db)).items;
    let nonZero = 0;
    for (const [table, key, items] of [["CompanyMention", "companyId", companies], ["PersonMention", "personId", people]] as const) {
      for (const e of items) {
        expect(e.trend).toHaveLength(12);
        const expected = await brute(table, key, e.id, e.trend[0]!.month, e.trend.at(-1)!.month);
        for (const m of e.trend) {
          expect(m.count, `${e.slug} ${m.month}`).toBe(expected.get(m.month) ?? 0);
          if (m.count > 0) nonZero++;
        }
      }
    }
    expect(nonZero).toBeGreaterThan(0);
  });
});

describe("getCompany", () => {
  it("has names, products, people with titles, co-mentions, timeline and about-first articles", async () => {
    const c = (await getCompany("baidu", t.db))!;
    expect(c.aliases).toEqual(["Baidu", "百度公司"]);
    expect(c.products).toEqual(["文心一言"]);
    expect(c.articleCount).toBe(15);
    expect(c.aboutCount).toBe(9);
    expect(c.people).toEqual([
      {
        slug: "robin-li",
        name: "李彦宏",
        titles: [
          { title: "CEO", articleId: f.ids.a2, articleTitle: "普通文章2", sentence: "百度CEO李彦宏" },
          { title: "董事长", articleId: f.ids.a0, articleTitle: "普通文章0", sentence: "百度董事长李彦宏表示" },
        ],
      },
    ]);
    expect(c.companies[0]).toEqual({ slug: "zhipu", name: "智谱", articles: 12 });
    expect(c.companies.map((x) => x.slug)).not.toContain("bogus");
    expect(c.companies.map((x) => x.slug)).not.toContain("baidu");
    expect(c.coPeople.map((p) => p.slug).sort()).toEqual(["robin-li", "zhang-peng"]);
    const aboutFlags = c.articles.map((a) => a.about);
    expect(aboutFlags.indexOf(false)).toBe(9);
    expect(aboutFlags.slice(9).every((x) => !x)).toBe(true);
    expect(c.months.reduce((n, m) => n + m.count, 0)).toBe(15);
  });
  it("is null for unknown and rejected companies", async () => {
    expect(await getCompany("nope", t.db)).toBeNull();
    expect(await getCompany("bogus", t.db)).toBeNull();
  });
});

describe("the /companies and /people pages' search and order (issue 19)", () => {
  it("orders by name in pinyin, whatever the counts", async () => {
    const list = await listCompanies({ ...CompanyListSchema.parse({}), sort: "name" }, t.db);
    // 百度 bǎi, 红杉 hóng, 清华 qīng, 腾讯 téng, 智谱 zhì.
    expect(list.items.map((c) => c.slug)).toEqual(["baidu", "sequoia", "tsinghua", "tencent", "zhipu"]);
  });
  it("orders by the latest mention, newest first", async () => {
    const list = await listCompanies({ ...CompanyListSchema.parse({}), sort: "recent" }, t.db);
    const last = list.items.map((c) => c.lastMentioned);
    expect(last.every((d) => d !== null)).toBe(true);
    const times = last.map((d) => Date.parse(d!));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(list.items.map((c) => c.slug)).not.toEqual((await listCompanies(CompanyListSchema.parse({}), t.db)).items.map((c) => c.slug));
    // The newest article naming 腾讯 is the traditional one of 2024-06-02, read in its own words.
    expect(list.items.find((c) => c.slug === "tencent")!.lastMentioned).toBe("2024-06-02T08:00:00+08:00");
  });
  it("finds by name, alias, product and pinyin, and says which matched", async () => {
    const find = async (q: string) => (await listCompanies({ ...CompanyListSchema.parse({}), q }, t.db)).items.map((c) => [c.slug, c.via]);
    expect(await find("百度")).toEqual([["baidu", null]]);
    expect(await find("baidu")).toEqual([["baidu", "Baidu"]]);
    expect(await find("ChatGLM")).toEqual([["zhipu", "ChatGLM"]]);
    expect(await find("qinghua")).toEqual([["tsinghua", null]]);
    expect(await find("假公司")).toEqual([]);
    const people = async (q: string) => (await listPeople({ ...PersonListSchema.parse({}), q }, t.db)).items.map((p) => p.slug);
    expect(await people("likaifu")).toEqual(["li-kaifu"]);
    expect(await people("Robin")).toEqual(["robin-li"]);
    expect((await listPeople({ ...PersonListSchema.parse({}), q: "李", sort: "name" }, t.db)).items.map((p) => p.slug)).toEqual(["li-kaifu", "robin-li"]);
  });
});

describe("people", () => {
  it("lists people by articles with their latest role", async () => {
    const list = await listPeople(PersonListSchema.parse({}), t.db);
    expect(list.items.map((p) => [p.slug, p.articleCount])).toEqual([
      ["robin-li", 3],
      ["zhang-peng", 2],
      ["li-kaifu", 1],
    ]);
    expect(list.items[0]!.role).toEqual({ organisation: "百度", title: "CEO" });
    expect(list.items[2]!.role).toBeNull();
  });

  it("shows roles newest first with their evidence, co-mentions and articles", async () => {
    const p = (await getPerson("robin-li", t.db))!;
    expect(p.aliases).toEqual(["Robin Li"]);
    expect(p.roles.map((r) => [r.title, r.article.id, r.company?.slug])).toEqual([
      ["CEO", f.ids.a2, "baidu"],
      ["董事长", f.ids.a0, "baidu"],
    ]);
    expect(p.companies.map((c) => [c.slug, c.articles])).toEqual([
      ["baidu", 3],
      ["zhipu", 3],
    ]);
    expect(p.people).toEqual([{ slug: "zhang-peng", name: "张鹏", articles: 1 }]);
    expect(p.articles.map((a) => [a.title, a.about])).toEqual([
      ["普通文章0", true],
      ["普通文章2", false],
      ["普通文章1", false],
    ]);
    expect(await getPerson("nobody", t.db)).toBeNull();
  });
});

describe("entityFeed", () => {
  it("is a well-formed Atom feed of the entity's newest articles", async () => {
    const xml = (await entityFeed("company", "tencent", "https://news.example", t.db))!;
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(xml).toContain("<id>https://news.example/companies/tencent/feed.xml</id>");
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).toContain("<title>騰訊發布混元大模型</title>");
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="https://news.example/articles/${f.ids.trad}"/>`);
    expect(xml).toContain("<published>2024-06-02T00:00:00.000Z</published>");
    const person = (await entityFeed("person", "robin-li", "https://news.example", t.db))!;
    expect(person.match(/<entry>/g)).toHaveLength(3);
  });
  it("is null for unknown or rejected entities", async () => {
    expect(await entityFeed("company", "bogus", "https://x", t.db)).toBeNull();
    expect(await entityFeed("person", "nobody", "https://x", t.db)).toBeNull();
  });
  it("escapes scraped text and drops characters XML forbids", async () => {
    await t.db.article.update({ where: { id: f.ids.trad! }, data: { title: `A&B <script>"x"</script> 'q'\u0001\u0008 end`, summary: "]]> &amp; \uFFFF" } });
    const xml = (await entityFeed("company", "tencent", "https://news.example", t.db))!;
    expect(xml).toContain("<title>A&amp;B &lt;script&gt;&quot;x&quot;&lt;/script&gt; &apos;q&apos; end</title>");
    expect(xml).toContain("<summary>]]&gt; &amp;amp; </summary>");
    expect(xml).not.toMatch(/[\u0000-\u0008\uFFFF]/);
    expect(xml).not.toContain("<script>");
  });
});

describe("profiles rendered by next build", () => {
  it("are the most-mentioned companies and people (ties by slug), never a rejected or unmentioned one", async () => {
    const bySlug = (a: { slug: string; articleCount: number }, b: { slug: string; articleCount: number }) => b.articleCount - a.articleCount || a.slug.localeCompare(b.slug);
    const companies = (await listCompanies(CompanyListSchema.parse({ limit: 100 }), t.db)).items.sort(bySlug).map((c) => c.slug);
    const people = (await listPeople(PersonListSchema.parse({ limit: 100 }), t.db)).items.sort(bySlug).map((p) => p.slug);
    expect(await prerenderedProfiles("company", t.db)).toEqual(companies.map((slug) => ({ slug })));
    expect(await prerenderedProfiles("person", t.db)).toEqual(people.map((slug) => ({ slug })));
    expect(companies.slice(0, 2)).toEqual(["baidu", "zhipu"]);
    expect(companies).not.toContain("bogus");
    expect(companies).not.toContain("silent");
  });

  it("are none, with a warning, when the build sees a database without tables", async () => {
    const file = path.join(t.dir, "empty.db");
    fs.writeFileSync(file, "");
    const empty = createDb(`file:${file}`);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect(await prerenderedProfiles("company", empty)).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("no company profiles prerendered"));
    } finally {
      warn.mockRestore();
      await empty.$disconnect();
    }
  });
});
