/**
 * Rules asked for by blind batch 39 of issue 14 (text input: w3m, lynx and html2text dumps of
 * pages written for it, and news excerpts pasted as text). Each case fails without its rule.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { copyrightHolder } from "@/lib/ingest/metadata/copyright-holder";
import { extractFile } from "@/lib/ingest/extract-file";
import { outletBesideCredits } from "@/lib/ingest/metadata/unlabelled-fields";
import { splitColumns } from "@/lib/ingest/text-dump/columns";

const extract = (lines: string[]) => extractFile(Buffer.from(lines.join("\n")), "x.txt").article;
const para = "据介绍，这款新芯片将于今年下半年开始向云服务商供货，多家国内外云厂商已经表示将在各自的数据中心率先部署，用于大模型推理服务。";

describe("the footer's owner", () => {
  it("stops before the Han rights formula a dumper glued to the name", () => {
    expect(copyrightHolder(["© 2026 青禾科技周刊保留所有权利 | 联系编辑部 qinghe@example.com"])).toBe("青禾科技周刊");
    expect(copyrightHolder(["Copyright © 2026 山海资讯保留一切权利"])).toBe("山海资讯");
  });
});

describe("a headline's tail after the Han bar 丨", () => {
  it("is the outlet when the lead opens with it or it names itself a site", () => {
    const a = extract(["新一代推理芯片发布，单卡性能提升3倍丨芯视界", "2026-03-18 09:12", "", `芯视界3月18日报道，${para}`, "", para]);
    expect(a.title).toBe("新一代推理芯片发布，单卡性能提升3倍");
    expect(a.source).toBe("芯视界");
    expect(extract(["新一代推理芯片发布，单卡性能提升3倍丨南城日报", "", para, "", para]).title).toBe("新一代推理芯片发布，单卡性能提升3倍");
  });
  it("stays when it reads as no site", () => {
    expect(extract(["新一代推理芯片发布，单卡性能提升3倍丨一图读懂", "", para, "", para]).title).toBe("新一代推理芯片发布，单卡性能提升3倍丨一图读懂");
  });
});

describe("a header line of fields whose people are labelled", () => {
  it("gives the one unlabelled field beside the time as the outlet, Han or Latin", () => {
    expect(outletBesideCredits("晨星科技评论 · 作者 林可 · 2026-03-02")).toBe("晨星科技评论");
    expect(outletBesideCredits("Tech Ledger / 2026-02-11 / 编译 何川")).toBe("Tech Ledger");
    expect(outletBesideCredits("2026-02-11 | 文：何川 | 编辑：林可 | 晨星科技评论")).toBe("晨星科技评论");
  });
  it("names no outlet when a field is unlabelled but a person's, or two fields are unlabelled", () => {
    expect(outletBesideCredits("林可 · 编辑 何川 · 2026-03-02")).toBeNull();
    expect(outletBesideCredits("晨星科技评论 · 林可 · 何川 · 2026-03-02")).toBeNull();
    expect(outletBesideCredits("晨星科技评论 / 林可")).toBeNull();
  });
  it("reads it under a pasted headline", () => {
    const a = extract(["新一代推理芯片发布，单卡性能提升3倍", "Tech Ledger / 2026-02-11 / 编译 何川", "", para, "", para]);
    expect(a.source).toBe("Tech Ledger");
    expect(a.editors).toEqual(["何川"]);
  });
});

describe("a narrow left cell beside the article with one space between (w3m)", () => {
  const pad = (left: string, right: string) => left + " ".repeat(Math.max(1, 21 - [...left].reduce((w, ch) => w + (/[\u4e00-\u9fff，。“”]/.test(ch) ? 2 : 1), 0))) + right;
  const rows = [
    pad("本周导读", "城市书房夜间开放一年"),
    "",
    pad("编者按", "夜读的人比想象中多，图书馆把闭馆时间推迟到了十一点钟"),
    "",
    pad("城市书房夜间开放一年", "文/图 本刊记者 林可"),
    "间",
    " ".repeat(21) + "区图书馆自今年三月起试行夜间开放，闭馆时间由晚上八点推迟到十",
    pad("读者来信", "一点，一年下来夜间时段累计接待读者二十一万人次，其中下班后前"),
    " ".repeat(21) + "来自习的年轻人占了一半以上。",
    "",
    " ".repeat(21) + "馆长说，夜间开放的成本主要是人力和电费，去年全年增加支出约八十",
    " ".repeat(21) + "万元，由区财政专项列支，今年还将在两个分馆推行同样的做法。",
    "",
    " ".repeat(21) + "不少读者希望周末也能延长开放时间，馆方表示正在评估人手安排。",
  ];
  it("reads the left cell, then the article's cell", () => {
    const segments = splitColumns(rows);
    expect(segments.map((s) => s.lines.filter((l) => l !== "")[0])).toEqual(["本周导读", "城市书房夜间开放一年"]);
    expect(segments[1]!.lines).toContain("一点，一年下来夜间时段累计接待读者二十一万人次，其中下班后前");
  });
  it("leaves a paragraph indent and a page without split rows alone", () => {
    const lynx = ["标题在这里", "", ...rows.slice(6).map((l) => "   " + l.trim())];
    expect(splitColumns(lynx)).toHaveLength(1);
    expect(splitColumns(rows.filter((_, i) => i >= 6 && i !== 7))).toHaveLength(1);
  });
});

describe("a short headline over a long deck", () => {
  const lib = "区图书馆自今年三月起试行夜间开放，闭馆时间由晚上八点推迟到十一点，一年下来夜间时段累计接待读者二十一万人次，其中下班后前来自习的年轻人占了一半以上。";
  it("is the headline when the page lists it as an entry (an issue's contents)", () => {
    const a = extract(["本期目录", "编者按", "城市书房夜间开放一", "年", "读者来信", "", "城市书房夜间开放一年", "", "夜读的人比想象中多，区图书馆把闭馆时间推迟到了晚上十一点钟", "", "文/图 本刊记者 林可", "", lib, "", lib.replace("区图书馆", "市图书馆")]);
    expect(a.title).toBe("城市书房夜间开放一年");
  });
  it("is still a banner when nothing lists it", () => {
    const a = extract(["青禾信息港", "", "夜读的人比想象中多，区图书馆把闭馆时间推迟到了晚上十一点钟", "", "文/图 本刊记者 林可", "", lib, "", lib.replace("区图书馆", "市图书馆")]);
    expect(a.title).toBe("夜读的人比想象中多，区图书馆把闭馆时间推迟到了晚上十一点钟");
  });
});

describe("a provider's line over the date", () => {
  it("gives the outlet before a dash and its channel", () => {
    const file = "tests/fixtures/pages/dump-lynx-dated-notification-feed-above-article/source.txt";
    expect(extractFile(fs.readFileSync(file), "source.txt").article.source).toBe("南洋日报");
    const moved = fs.readFileSync(file, "utf8").replace(/^( +)南洋日报-财经$/m, "$1南洋日报-财经-更多栏目");
    expect(extractFile(Buffer.from(moved), "source.txt").article.source).not.toBe("南洋日报");
  });
});

describe("a work's short name over its labelled fields", () => {
  const verse = ["我有所念人，隔在远远乡，乡远去不得，无日不瞻望，况此秋灯夜，独宿在空堂。", "此诗写于诗人早年，语言质朴而情感深沉，全诗不用典故，只把思念和孤独一层层写出来，读来格外动人。"];
  it("is the title, and the field is not", () => {
    expect(extract(["[1]首页 [2]诗文", "", "秋灯", "", "朝代：宋代", "", ...verse.flatMap((v) => [v, ""])]).title).toBe("秋灯");
  });
  it("is no title with no field under it", () => {
    expect(extract(["[1]首页 [2]诗文", "", "秋灯", "", ...verse.flatMap((v) => [v, ""])]).title).not.toBe("秋灯");
  });
});
