// The rules blind metadata batch 30 asked for, each on a page or line of its own shape (the
// fixture cases are tests/fixtures/pages/*, named in each test).
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { dumpSelfAddress } from "@/lib/ingest/metadata/dump-self-address";
import { editionMasthead } from "@/lib/ingest/metadata/edition-masthead";
import { normaliseLabelColons } from "@/lib/ingest/label-colons";
import type { Block } from "@/lib/ingest/types";
import { parseText } from "@/lib/ingest/parse-text";

const BODY = [
  "据了解，新一代中文大模型在多项评测中取得领先成绩，研发团队表示将于下月开放接口，供企业和开发者申请试用。",
  "业内人士认为，这一进展将推动大模型在政务、金融等行业的落地应用，降低企业的使用门槛，也会加剧行业竞争。",
  "研发团队同时提醒，模型在专业领域仍可能出现事实错误，使用者需要对关键结论进行人工复核。",
];
const html = (info: string) =>
  extractFile(
    Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>新一代中文大模型发布</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/t">科技</a> <a href="/f">财经</a></div>
<div class="main"><h1>新一代中文大模型发布</h1><div class="info">${info}</div>
<div class="content">${BODY.map((p) => `<p>${p}</p>`).join("\n")}</div></div></body></html>`),
    "page.html",
  ).article;
const text = (lines: string[]) => extractFile(Buffer.from(lines.join("\n")), "dump.txt").article;

describe("field labels with a colon look-alike (meta-html-one-line-fields-ratio-colon-odd-bars)", () => {
  it("reads 作者∶X / 来源∶Y ▎责任编辑∶Z as fields", () => {
    const a = html("2025-01-20 07:45　作者∶林小川 / 来源∶南方周末 ▎责任编辑∶何静");
    expect(a.source).toBe("南方周末");
    expect([...a.authors, ...a.reporters]).toEqual(["林小川"]);
    expect(a.body).not.toContain("林小川");
  });
  it("leaves a ratio and a colon of Hong Kong prose as written", () => {
    const block = (text: string): Block => parseText(text)[0]!;
    const [ratio, prose, field] = normaliseLabelColons([block("双方以3∶1的比例出资"), block("他表示︰“我做错了。”"), block("来源﹕新华社")]);
    expect(ratio!.text).toBe("双方以3∶1的比例出资");
    expect(prose!.text).toBe("他表示︰“我做错了。”");
    expect(field!.text).toBe("来源：新华社");
  });
});

describe("an update time before the first publication's (meta-html-update-before-publish-two-dates)", () => {
  it("takes 首发于 over 更新于 on one line, and no time label as a name", () => {
    const a = html("更新于 2025-08-21 19:05 ｜ 文 ｜ 何思远 ｜ 首发于 2025-08-19 07:30");
    expect(a.publishedAt?.slice(0, 10)).toBe("2025-08-19");
    expect([...a.authors, ...a.reporters]).toEqual(["何思远"]);
  });
  it("reads no name from 首发于 or 更新于 after a name's bar", () => {
    for (const label of ["首发于", "更新于", "修改于"]) {
      const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
      parseByline(`文 ｜ 何思远 ｜ ${label} 2025-08-19 07:30`, b, []);
      expect(b.authors, label).toEqual(["何思远"]);
    }
  });
});

describe("a lynx dump's own address (dump-lynx-dateline-day-only-year-in-references)", () => {
  const refs = ["References", "", "   1. https://news.example.cn/2025/09-24/10485123.shtml#content", "   2. https://news.example.cn/", "   3. https://news.example.cn/tech/2025/09-20/1.shtml", "   4. https://news.example.cn/2025/09-24/10485123.shtml#top"];
  it("is the address its in-page links point at", () => {
    expect(dumpSelfAddress(refs)).toBe("https://news.example.cn/2025/09-24/10485123.shtml");
    expect(dumpSelfAddress(refs.filter((l) => !l.includes("#")))).toBeNull();
  });
  it("dates a dump that prints the day without its year", () => {
    const a = text(["   [1]跳到正文 [2]首页", "", "                    新一代中文大模型发布", "", "   [3]科技 | 09-24 18:06", "", ...BODY.map((p) => `   ${p}`), "", "References", "", ...refs.slice(2)]);
    expect(a.publishedAt?.slice(0, 10)).toBe("2025-09-24");
  });
});

describe("a digital edition's masthead (dump-w3m-han-numeral-date-masthead)", () => {
  it("names the paper over an edition line", () => {
    expect(editionMasthead(["清溪日报                         [1]往期回顾", "二〇二五年三月一日　星期六　　第A03版：要闻"])).toBe("清溪日报");
    expect(editionMasthead(["清溪日报                         [1]往期回顾", "二〇二五年三月一日　星期六"])).toBeNull();
    expect(editionMasthead(["市民热议新规出台 晚报", "第A03版：要闻"])).toBeNull();
  });
  it("gives the paper as the source of its own story", () => {
    const a = text(["清溪日报                                       [1]往期回顾", "二〇二五年三月一日　星期六　　第A03版：要闻", "", "          新一代中文大模型发布", "", "    本报记者 吴桐", "", ...BODY.map((p) => `    　　${p}`)]);
    expect(a.source).toBe("清溪日报");
    expect(a.publishedAt?.slice(0, 10)).toBe("2025-03-01");
  });
});
