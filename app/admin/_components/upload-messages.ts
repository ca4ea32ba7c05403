/**
 * The upload answer in Chinese. The route's error message is Chinese already; the headline here
 * is for answers that are not the API's error contract (a proxy's 413 page). lib/upload writes
 * each refusal's `problems` in English for logs and programs, so the form maps their known
 * phrases to Chinese at display time (file names and sizes stay as written).
 */

const HEADLINE: Record<number, string> = {
  400: "请求格式不对：需要带文件的表单",
  409: "有导入正在运行，请等它结束后再试",
  413: "上传的内容太大",
  422: "上传被拒绝，没有保存任何文件",
  507: "磁盘已满，没有保存任何文件",
};

const PHRASES: [RegExp, string][] = [
  [/unsupported file type inside the zip \(allowed: \.txt, \.html, \.htm\)/g, "压缩包中有不支持的文件类型（允许 .txt、.html、.htm）"],
  [/unsupported file type \(allowed: \.txt, \.html, \.htm, or a \.zip of them\)/g, "不支持的文件类型（允许 .txt、.html、.htm 或它们的 .zip 压缩包）"],
  [/the upload unpacks to more than/g, "解压后超过"],
  [/too many files \(more than (\d+) in one upload\)/g, "文件太多（一次最多 $1 个）"],
  [/the upload is too large/g, "上传内容太大"],
  [/too large/g, "太大"],
  [/the limit is/g, "上限为"],
  [/no files in the upload/g, "上传中没有文件"],
  [/empty file name/g, "文件名为空"],
  [/empty file/g, "空文件"],
  [/file name too long/g, "文件名太长"],
  [/file name contains control characters/g, "文件名含控制字符"],
  [/absolute paths are not allowed/g, "不允许绝对路径"],
  [/drive-letter paths are not allowed/g, "不允许带盘符的路径"],
  [/paths with \.\. are not allowed/g, "不允许含 .. 的路径"],
  [/folders nested deeper than (\d+) levels/g, "文件夹嵌套超过 $1 层"],
  [/hidden or empty path segment/g, "隐藏或空的路径段"],
  [/symbolic links are not allowed/g, "不允许符号链接"],
  [/same name as/g, "与此文件同名："],
  [/not a zip archive/g, "不是 zip 压缩包"],
  [/multi-part zip archives are not supported/g, "不支持分卷 zip 压缩包"],
  [/ZIP64 archives are not supported/g, "不支持 ZIP64 压缩包"],
  [/corrupt zip archive/g, "zip 压缩包已损坏"],
  [/too short/g, "太短"],
  [/\s*\(([^()]*)\)/g, "（$1）"],
  [/; /g, "；"],
];

export function uploadHeadline(status: number): string {
  return HEADLINE[status] ?? `上传失败（HTTP ${status}）`;
}

export function uploadProblem(line: string): string {
  return PHRASES.reduce((s, [re, zh]) => s.replace(re, zh), line);
}
