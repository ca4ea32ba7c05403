import { describe, expect, it } from "vitest";
import { autogroupNice, sessionOfStat } from "@/lib/os/lower-priority";

describe("lower-priority: reading /proc", () => {
  it("finds the session id after a command name that holds spaces and parentheses", () => {
    expect(sessionOfStat("4242 (next-server (v16)) S 4200 4242 4242 0 -1 4194304")).toBe(4242);
    expect(sessionOfStat("317 (node) R 9126 317 9100 0")).toBe(9100);
  });

  it("answers null for a line it cannot read", () => {
    expect(sessionOfStat("")).toBeNull();
    expect(sessionOfStat("12 (x) R")).toBeNull();
  });

  it("reads an autogroup's nice value", () => {
    expect(autogroupNice("/autogroup-114 nice 0\n")).toBe(0);
    expect(autogroupNice("/autogroup-207 nice 19")).toBe(19);
    expect(autogroupNice("/autogroup-9 nice -5")).toBe(-5);
    expect(autogroupNice("")).toBeNull();
  });
});
