/** The upload's Chinese messages: the form's headline by status, and each refusal as the server words it (lib/upload/problems.ts). */
import { describe, expect, it } from "vitest";
import { uploadHeadline } from "@/app/admin/_components/upload-messages";
import { UPLOAD_PROBLEM_TEXT, uploadProblem, type UploadProblemCode } from "@/lib/upload/problems";

const Han = /\p{Script=Han}/u;

describe("upload messages", () => {
  it("headline by status", () => {
    expect(uploadHeadline(422)).toBe("上传被拒绝，没有保存任何文件");
    expect(uploadHeadline(500)).toBe("上传失败（HTTP 500）");
  });

  it("words every refusal in Chinese, with full-width punctuation and no English left", () => {
    for (const code of Object.keys(UPLOAD_PROBLEM_TEXT) as UploadProblemCode[]) {
      const p = uploadProblem(code, "a.txt", { size: "6.0 MiB", limit: "5.0 MiB", depth: 8, segment: ".x", method: 12, other: "b.txt" });
      expect(p.code).toBe(code);
      expect(p.message, code).toMatch(Han);
      expect(p.message.startsWith("a.txt：")).toBe(true);
      // Only file names, sizes, extensions and format names may be Latin.
      expect(p.message.replace(/a\.txt|b\.txt|\.x|MiB|\.(txt|html|htm|zip)|zip|ZIP64/g, ""), code).not.toMatch(/[A-Za-z]/);
      expect(p.message, code).not.toMatch(/[\p{Script=Han}][,;:()]|[,;:(][\p{Script=Han}]/u);
    }
  });

  it.each([
    ["unsupported_type", "a.exe", {}, "a.exe：不支持的文件类型（允许 .txt、.html、.htm 或它们的 .zip 压缩包）"],
    ["empty_file", "b.txt", {}, "b.txt：空文件"],
    ["file_too_large", "c.html", { size: "6.0 MiB", limit: "5.0 MiB" }, "c.html：文件太大（6.0 MiB；上限为 5.0 MiB）"],
    ["no_files", null, {}, "上传中没有文件"],
  ] as const)("%s", (code, file, detail, zh) => {
    expect(uploadProblem(code, file, detail)).toEqual({ code, file, message: zh });
  });
});
