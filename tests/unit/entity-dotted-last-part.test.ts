/**
 * Issue 15, real news: a dotted foreign name after a plain noun (巴基斯坦女孩X·Y·Z) whose last part the
 * article then uses alone is a person, named by that last part; a dotted place or programme title
 * (重庆·西南大学, 《外交·大家谈》) is not. Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const run = (...paragraphs: string[]) => extractEntities({ title: "", paragraphs });
const people = (...p: string[]) => run(...p).people.filter((x) => !x.author).map((x) => x.name);

describe("a dotted name's last part used alone", () => {
  it("is the person the article is about", () => {
    expect(people("孟加拉少年萨米尔·哈桑·乌丁卡12岁时就拿到了编程竞赛金牌。", "乌丁卡随后被一所大学破格录取。", "乌丁卡说，他想成为工程师。")).toContain("乌丁卡");
  });
  it("one dot is not enough: slogans and districts are joined by it too", () => {
    const names = people("“中国网事·感动2011”年度网络人物颁奖典礼举行。", "感动来自平凡，感动在身边。", "东京·银座的商店很多，银座的游客也多，银座很热闹。");
    expect(names).not.toContain("感动");
    expect(names).not.toContain("银座");
  });
  it("a university after a city and a programme's title name nobody", () => {
    const names = people("年会在重庆·西南大学举行，西南大学师生参加。西南片区代表也到场。", "《外交·大家谈》邀请嘉宾，大家积极讨论，大家都很满意。");
    expect(names).not.toContain("西南");
    expect(names).not.toContain("大家");
  });
});
