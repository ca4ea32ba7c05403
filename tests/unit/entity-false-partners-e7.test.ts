/**
 * Issue 15 (helper e7): two false names of unseen news — a department of no one named taken as a
 * partner (地方政府和|监管部门|共同推进), and a Latin company's trade taken as a name (PALANCA|水泥公司).
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (...paragraphs: string[]) => extractEntities({ title: "消息", paragraphs }).companies.map((c) => c.name).sort();

describe("no partner that is a department of no one named", () => {
  it("监管部门 named twice, joined by 和 before 共同, is no organisation", () => {
    const r = companies("推动“地方政府负总责，监管部门各负其责”的责任体系建设。", "双方希望，地方政府和监管部门共同推进食品安全工作。");
    expect(r).not.toContain("监管部门");
  });
});

describe("a Latin name's trade before 公司", () => {
  it("the Han run between a Latin name and 公司 is not a name of its own", () => {
    const r = companies("公司与KORVANA签订了KORVANA水泥公司水泥厂项目合同。", "水泥厂建成后年产水泥100万吨。");
    expect(r).not.toContain("水泥");
  });
});
