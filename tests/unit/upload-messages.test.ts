/** The upload form's Chinese messages (app/admin/_components/upload-messages.ts). */
import { describe, expect, it } from "vitest";
import { uploadHeadline, uploadProblem } from "@/app/admin/_components/upload-messages";

describe("upload messages", () => {
  it("headline by status", () => {
    expect(uploadHeadline(422)).toBe("上传被拒绝，没有保存任何文件");
    expect(uploadHeadline(500)).toBe("上传失败（HTTP 500）");
  });
  it.each([
    ["a.exe: unsupported file type (allowed: .txt, .html, .htm, or a .zip of them)", "a.exe: 不支持的文件类型（允许 .txt、.html、.htm 或它们的 .zip 压缩包）"],
    ["b.txt: empty file", "b.txt: 空文件"],
    ["c.html: too large (6.0 MiB; the limit is 5.0 MiB)", "c.html: 太大（6.0 MiB；上限为 5.0 MiB）"],
    ["x.zip: not a zip archive (too short)", "x.zip: 不是 zip 压缩包（太短）"],
  ])("%s", (line, zh) => {
    expect(uploadProblem(line)).toBe(zh);
  });
});
