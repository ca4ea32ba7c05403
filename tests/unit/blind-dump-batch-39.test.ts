/**
 * Rules asked for by blind batch 39 of issue 14 (text input: w3m, lynx and html2text dumps of
 * pages written for it, and news excerpts pasted as text). Each case fails without its rule.
 */
import { describe, expect, it } from "vitest";
import { copyrightHolder } from "@/lib/ingest/metadata/copyright-holder";
import { extractFile } from "@/lib/ingest/extract-file";
import { outletBesideCredits } from "@/lib/ingest/metadata/unlabelled-fields";

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
