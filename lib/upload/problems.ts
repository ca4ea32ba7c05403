/**
 * Why an upload is refused: a stable `code` for programs and tests, and the Chinese sentence the
 * admin reads, written here on the server (the form shows `message` as it is). File names and
 * sizes are quoted as they are; everything else is Chinese with full-width punctuation.
 */

export const UPLOAD_PROBLEM_TEXT = {
  // Names (names.ts)
  empty_name: () => "文件名为空",
  name_too_long: () => "文件名太长",
  control_characters: () => "文件名含控制字符",
  absolute_path: () => "不允许绝对路径",
  drive_letter: () => "不允许带盘符的路径",
  parent_segment: () => "不允许含 .. 的路径",
  too_deep: (d: ProblemDetail) => `文件夹嵌套超过 ${d.depth ?? 0} 层`,
  hidden_segment: (d: ProblemDetail) => `隐藏或空的路径段“${d.segment ?? ""}”`,
  // Zips (zip-reader.ts)
  not_zip: () => "不是 zip 压缩包",
  multipart_zip: () => "不支持分卷 zip 压缩包",
  zip64: () => "不支持 ZIP64 压缩包",
  corrupt_zip: () => "zip 压缩包已损坏",
  encrypted_entry: () => "不支持加密的文件",
  unsupported_compression: (d: ProblemDetail) => `不支持的压缩方式（${d.method ?? "?"}）`,
  entry_too_large: (d: ProblemDetail) => `解压后太大（${d.size ?? "?"}；上限为 ${d.limit ?? "?"}）`,
  zip_bomb: () => "解压后超过记录的大小（疑似 zip 炸弹）",
  corrupt_entry: () => "压缩数据已损坏",
  // The upload as a whole (validate-upload.ts)
  no_files: () => "上传中没有文件",
  empty_file: () => "空文件",
  file_too_large: (d: ProblemDetail) => `文件太大（${d.size ?? "?"}；上限为 ${d.limit ?? "?"}）`,
  unsupported_type: () => "不支持的文件类型（允许 .txt、.html、.htm 或它们的 .zip 压缩包）",
  unsupported_type_in_zip: () => "压缩包中有不支持的文件类型（允许 .txt、.html、.htm）",
  symlink: () => "不允许符号链接",
  unpacked_too_large: (d: ProblemDetail) => `解压后超过 ${d.limit ?? "?"}`,
  too_many_files: (d: ProblemDetail) => `文件太多（一次最多 ${d.limit ?? "?"} 个）`,
  upload_too_large: (d: ProblemDetail) => `上传内容太大（${d.size ?? "?"}；上限为 ${d.limit ?? "?"}）`,
  duplicate_name: (d: ProblemDetail) => `与 ${d.other ?? "?"} 同名`,
} satisfies Record<string, (d: ProblemDetail) => string>;

export interface ProblemDetail {
  depth?: number;
  segment?: string;
  method?: number;
  size?: string;
  limit?: string | number;
  other?: string;
}

export type UploadProblemCode = keyof typeof UPLOAD_PROBLEM_TEXT;

export interface UploadProblem {
  code: UploadProblemCode;
  /** The uploaded file (and zip entry, "a.zip: b.txt") it is about; null for the upload as a whole. */
  file: string | null;
  /** The Chinese sentence, file name first. */
  message: string;
}

export function problemText(code: UploadProblemCode, detail: ProblemDetail = {}): string {
  return (UPLOAD_PROBLEM_TEXT[code] as (d: ProblemDetail) => string)(detail);
}

export function uploadProblem(code: UploadProblemCode, file: string | null, detail: ProblemDetail = {}): UploadProblem {
  const text = problemText(code, detail);
  return { code, file, message: file === null ? text : `${file}：${text}` };
}
