/**
 * Issue 15 (helper e7): the maker of a product a notice names (X县Y食品社所製造之…).
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const companies = (...paragraphs: string[]) => extractEntities({ title: "抽检结果", paragraphs }).companies.map((c) => c.name).sort();

describe("a maker before 所制造之 / 所生产的", () => {
  it("from its place, or after a joiner; in Traditional script too", () => {
    expect(companies("不合格食品分別為南投縣永豐蜜餞廠所製造之「話梅」及台中市福記食品社所製造之「瓜子」。")).toEqual(["南投县永丰蜜饯厂", "台中市福记食品社"].sort());
    expect(companies("抽检发现，由金禾食品厂所生产的饼干菌落总数超标。")).toEqual(["金禾食品厂"]);
  });
  it("a pointer or a kind of maker is none", () => {
    expect(companies("抽检发现该厂所生产的饮料不合格，一家食品厂所生产的饼干和当地食品厂所生产的面包也不合格，另有小型加工厂所生产的豆腐。")).toEqual([]);
  });
});
