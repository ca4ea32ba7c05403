import { describe, expect, it } from "vitest";
import { laterCopyInTail } from "@/lib/ingest/classify/duplicates";
import { firstPosterOf } from "@/lib/ingest/metadata/blogger";
import { answererAbove } from "@/lib/ingest/metadata/writer-line";
import { writerBesideReading } from "@/lib/ingest/metadata/unlabelled-fields";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { blockFeatures } from "@/lib/ingest/classify/features";
import { pickTitle } from "@/lib/ingest/classify/title";
import { openOverFirstSentences } from "@/lib/ingest/classify/closing-lines";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { postAccount } from "@/lib/ingest/metadata/source";
import { extractFile } from "@/lib/ingest/extract-file";
import type { Block, Byline } from "@/lib/ingest/types";

const block = (index: number, text: string): Block => ({ index, text, path: "line", linkDensity: 0, indent: 0, heading: false, listItem: false });
const vocab = (line: string) => vocabularyHit(blockFeatures(line).norm);

describe("blind dump batch 44 rules", () => {
  it("takes the later of two equal blocks for the copy when a section opener stands between them (dump-b43-html2text-recommend-box-after-lead-comment-prefill)", () => {
    const norms = ["导语段落", "正文", "相关新闻", "导语段落"];
    const copies = new Map([[0, 3]]);
    laterCopyInTail(copies, norms, (k) => k === 2, () => true);
    expect([...copies]).toEqual([[3, 0]]);
    // With no opener between them, the earlier stays the copy (a teaser above the body).
    const teaser = new Map([[0, 3]]);
    laterCopyInTail(teaser, norms, () => false, () => true);
    expect([...teaser]).toEqual([[0, 3]]);
    // Nor when the earlier is no paragraph (a menu printed twice), or not the page's first one (an
    // author's card under the article, printed again in the tail).
    const menu = new Map([[0, 3]]);
    laterCopyInTail(menu, norms, (k) => k === 2, () => false);
    expect([...menu]).toEqual([[0, 3]]);
    const card = new Map([[1, 4]]);
    laterCopyInTail(card, ["导语段落", "作者简介", "相关新闻", "导语段落", "作者简介"], (k) => k === 2, () => true);
    expect([...card]).toEqual([[1, 4]]);
  });

  it("reads the first post's card line above its 楼主 time line (dump-b44-html2text-forum-floor-table-louzhu-fabiaoyu-replies)", () => {
    expect(firstPosterOf(["查看: 3862 | 回复: 27", "某某算力 注册会员 积分 862", "楼主 发表于 2024-3-5 21:07 | 只看该作者"])).toBe("某某算力");
    // A line that is no card (a sentence, a menu) names no one.
    expect(firstPosterOf(["首页 论坛 帖子", "楼主 发表于 2024-3-5 21:07"])).toBeNull();
    expect(firstPosterOf(["某某算力 注册会员", "沙发 发表于 2024-3-5 21:07"])).toBeNull();
  });

  it("reads the answerer's name on the card above an answer's tally (dump-b44-w3m-qa-question-answerer-bio-zantong-bianjiyu)", () => {
    expect(answererAbove(["关注者 1,024 被浏览 356,720", "查看全部 86 个回答", "林远舟", "企业服务行业 AI 产品负责人", "2,318 人赞同了该回答"])).toBe("林远舟");
    expect(answererAbove(["林远舟", "企业服务行业 AI 产品负责人", "查看全部 86 个回答"])).toBeNull();
  });

  it("keeps a dated info row and a row of labelled fields out of the menus (dump-b44-lynx-refs-…, meta-b44-txt-trad-fabu-shijian-…)", () => {
    expect(vocab("李明轩 · 2024-03-05 09:00 · 阅读约 5 分钟")).toBeNull();
    expect(vocab("發布時間：2024/3/5 10:30　作者：吳某某／綜合報導　編輯：許某某")).toBeNull();
    // A menu is still a menu, with one label or none and no time of day.
    expect(vocab("导航：首页 新闻 体育 财经 科技")?.kind).toBe("navigation");
    expect(vocab("首页 新闻 体育 财经 科技 汽车")?.kind).toBe("navigation");
  });

  it("takes the writer beside the time and the reading time (dump-b44-lynx-refs-tech-media-author-card-reading-time-reprint-notice)", () => {
    expect(writerBesideReading("李明轩 · 2024-03-05 09:00 · 阅读约 5 分钟")).toBe("李明轩");
    expect(writerBesideReading("科技 · 2024-03-05 09:00 · 阅读约 5 分钟")).toBeNull();
    expect(writerBesideReading("李明轩 · 2024-03-05 09:00 · 北京")).toBeNull();
  });

  it("never takes an information table's row of labelled fields for the headline (dump-b44-w3m-gov-notice-index-table-fawen-riqi-signature-date)", () => {
    const c = (index: number, text: string) => ({ index, text, norm: blockFeatures(text).norm, length: blockFeatures(text).length, heading: false });
    const candidates = [c(1, "索引号：   11310000MB2F038X/2024-00058   主题分类：   科技、教育"), c(4, "关于开展2024年度人工智能应用场景征集工作的通知")];
    const picked = pickTitle(candidates, { bodyStart: 6, metadataIndices: new Set([2]), bodyNorm: "现就开展2024年度人工智能应用场景征集工作通知如下" });
    expect(picked?.index).toBe(4);
  });

  it("opens the body over a notice's addressees right under its headline (dump-b44-w3m-gov-notice-index-table-fawen-riqi-signature-date)", () => {
    const texts = ["关于开展征集工作的通知", "各区人民政府，各有关单位：", "为贯彻落实有关部署，现就开展征集工作通知如下。"];
    const blocks = texts.map((t, i) => block(i, t));
    const features = texts.map(blockFeatures);
    expect(openOverFirstSentences({ start: 2, end: 2 }, blocks, features, () => false, () => false)).toEqual({ start: 1, end: 2 });
    // A short sentence under a headline, not under a metadata line, is no part of the body for that.
    const plain = ["某某发布会", "据介绍，发布会下午举行。", "为贯彻落实有关部署，现就开展征集工作通知如下。"];
    expect(openOverFirstSentences({ start: 2, end: 2 }, plain.map((t, i) => block(i, t)), plain.map(blockFeatures), () => false, () => false)).toEqual({ start: 2, end: 2 });
  });

  it("reads the writer before a full-width slash and 综合报导 (meta-b44-txt-trad-fabu-shijian-zuozhe-bianji-slash-line)", () => {
    const into: Byline = { authors: [], reporters: [], editors: [] };
    parseByline("作者：吳某某／綜合報導", into);
    expect(into.authors).toEqual(["吳某某"]);
  });

  it("reads a post's account over a time line whose place follows a dot (meta-b44-txt-zuotian-time-laizi-place-post-header)", () => {
    expect(postAccount(["码农某某", "昨天 21:16 · 来自 杭州"])).toBe("码农某某");
  });

  it("reads the date and the agency of a wire dateline with its year (meta-b44-txt-english-dash-dateline-reuters-style-closing-editing-by)", () => {
    const text = "Startup unveils open-weight reasoning model\n\nBEIJING, March 5, 2024 (Example Wire) - A startup on Tuesday released an open-weight reasoning model that it said matched leading systems on several benchmarks.\n\nAnalysts said the release would add pressure on rivals to cut prices for their own models.\n";
    const a = extractFile(Buffer.from(text), "x.txt").article;
    expect(a.publishedAt?.slice(0, 10)).toBe("2024-03-05");
    expect(a.source).toBe("Example Wire");
  });
});
