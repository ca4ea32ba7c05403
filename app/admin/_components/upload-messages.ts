/**
 * The upload form's headline for answers that are not the API's error contract (a proxy's 413
 * page). The route's own message and each of its `problems` arrive in Chinese from the server
 * (lib/upload/problems.ts).
 */

const HEADLINE: Record<number, string> = {
  400: "请求格式不对：需要带文件的表单",
  409: "有导入正在运行，请等它结束后再试",
  413: "上传的内容太大",
  422: "上传被拒绝，没有保存任何文件",
  507: "磁盘已满，没有保存任何文件",
};

export function uploadHeadline(status: number): string {
  return HEADLINE[status] ?? `上传失败（HTTP ${status}）`;
}
