// Issue 14's source policy: the site is the source of its own articles (own-site-source.ts),
// named from its tags, its <title> or its footer's copyright (copyright-holder.ts).
import { describe, expect, it } from "vitest";
import { ownSiteSource } from "@/lib/ingest/metadata/own-site-source";
import { copyrightHolder } from "@/lib/ingest/metadata/copyright-holder";
import { extractFile } from "@/lib/ingest/extract-file";

const none = { siteName: null, footer: null };

describe("own-site source", () => {
  it("names the site when nothing is credited or the credit points back at the site", () => {
    expect(ownSiteSource(null, { ...none, siteName: "江海在线" }, "标题")).toBe("江海在线");
    for (const claim of ["本站", "本站原创", "本网", "原创", "本网讯"]) expect(ownSiteSource(claim, { ...none, siteName: "江海在线" }, "标题"), claim).toBe("江海在线");
  });
  it("names no one when a claim names a third party without an outlet (互联网, 企业供稿)", () => {
    for (const claim of ["互联网", "企业供稿", "转载", "网络整理"]) expect(ownSiteSource(claim, { ...none, siteName: "江海在线" }, "标题"), claim).toBeNull();
  });
  it("falls back on the footer's holder when the tags give no usable name", () => {
    expect(ownSiteSource(null, { siteName: null, footer: "观潮网" }, "标题")).toBe("观潮网");
    expect(ownSiteSource(null, { siteName: "专题：2025世界人工智能大会", footer: "观潮网" }, "专题：2025世界人工智能大会")).toBe("观潮网");
  });
  it("rejects <title> parts that are no site's name", () => {
    const t = "新一代中文大模型发布";
    for (const n of ["新闻网", "纪检", "论文", "Powered by forum", "国内国际", "新聞", "个人博客", "某公司完成融资【11:25】", t]) expect(ownSiteSource(null, { ...none, siteName: n }, t), n).toBeNull();
  });
  it("keeps the Han name beside a Latin one, and a platform after its blog", () => {
    expect(ownSiteSource(null, { ...none, siteName: "澎湃新闻-The Paper" }, "标题")).toBe("澎湃新闻");
    expect(ownSiteSource(null, { ...none, siteName: "夜航船的博客-开发者社区" }, "标题")).toBe("开发者社区");
    expect(ownSiteSource(null, { ...none, siteName: "云图智能" }, "云图智能发布2025年第三季度业绩")).toBe("云图智能");
  });
});

describe("copyright holder", () => {
  it.each([
    ["Copyright © 2015-2024 湾区科技 版权所有 京ICP备12345678号 | 关于我们", "湾区科技"],
    ["版权所有 湖南省某医院　Copyright © 2018 All rights reserved.", "湖南省某医院"],
    ["主办单位：某医科大学纪检监察室 版权所有", "某医科大学纪检监察室"],
    ["© 2025 AI 早知道 · 北京市海淀区中关村大街1号", "AI 早知道"],
    ["深圳特区报  深圳报业集团主办  版权所有  不得转载", "深圳特区报"],
    ["© 2025 港聞即時 版權所有，不得轉載", "港聞即時"],
    ["版权所有：中国政府网　中文域名：", "中国政府网"],
  ])("reads %s", (line, name) => {
    expect(copyrightHolder([line])).toBe(name);
  });
  it.each([
    "版权所有不得转载",
    "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接",
    "©1999-2025 北京某某网络技术有限公司 版权所有",
    "Copyright c 2011 SINA.com All Rights Reserved　 版權所有 不得轉載",
    "腾讯公司 版权所有",
  ])("reads no site from %s", (line) => {
    expect(copyrightHolder([line])).toBeNull();
  });
});

describe("the pipeline on a site's own article", () => {
  const body = ["据了解，新一代中文大模型在多项评测中取得领先成绩，研发团队表示将于下月开放接口。", "业内人士认为，这一进展将推动大模型在政务、金融等行业的落地应用，降低企业的使用门槛。"];
  it("gives a text dump's footer holder as the source when nothing is credited", () => {
    const a = extractFile(Buffer.from(["新一代中文大模型发布", "2025-03-02 10:00", "", ...body, "", "Copyright © 2024 星海资讯 版权所有"].join("\n")), "dump.txt").article;
    expect(a.source).toBe("星海资讯");
  });
  it("keeps a credited outlet over the site", () => {
    const a = extractFile(Buffer.from(["新一代中文大模型发布", "2025-03-02 10:00 来源：新华社", "", ...body, "", "Copyright © 2024 星海资讯 版权所有"].join("\n")), "dump.txt").article;
    expect(a.source).toBe("新华社");
  });
});

describe("the site part of a <title> (shape-forum-login-beside-content, site-lab-paper-abstract)", () => {
  const page = (title: string) =>
    extractFile(
      Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>内网部署开源大模型选多大参数</h1>
<div class="content"><p>据了解，新一代中文大模型在多项评测中取得领先成绩，研发团队表示将于下月开放接口，供企业和开发者申请试用。</p>
<p>业内人士认为，这一进展将推动大模型在政务、金融等行业的落地应用，降低企业的使用门槛，也会加剧行业竞争。</p></div></body></html>`),
      "page.html",
    ).article;
  it("passes over a forum engine's credit", () => {
    expect(page("内网部署开源大模型选多大参数 - 开发者论坛 - Powered by Discuz!").source).toBe("开发者论坛");
  });
  it("passes over a kind tag before the headline (论文｜, 口述｜)", () => {
    expect(page("论文｜内网部署开源大模型选多大参数 - 清源大学自然语言处理实验室").source).toBe("清源大学自然语言处理实验室");
  });
});
