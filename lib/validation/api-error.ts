/**
 * The JSON API's one error contract, for every route handler and status:
 * `{"error": {"code", "message", "issues": [{"param", "message"}]}}`. Messages are Chinese, as
 * everything a reader sees is; `code` and `param` are stable for programs. Two shapes used to
 * exist (`field` in one place, `param` in another); this module is the only place one is made.
 */
import type { z } from "zod";

export type ApiErrorCode = "invalid_parameters" | "not_found" | "method_not_allowed" | "internal_error";

export interface ApiIssue {
  /** The query parameter (or body field) at fault; "(query)" for the request as a whole. */
  param: string;
  message: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string; issues: ApiIssue[] };
}

/**
 * Data a client acts on beyond the error itself (the upload's `problems` and `saved` paths, the
 * running import's `runId` and `running` details), sent as siblings of `error` so a reader of the
 * contract never has to look inside `error` for anything but code, message and issues.
 */
export type ErrorExtras = Record<string, unknown> & { error?: never };

/**
 * The body itself, for every layer that answers an error: route handlers (through apiError), the
 * security layer's 405/400/413/507 (lib/security) and the raw server hook. `code` is stable for
 * programs; `message` is Chinese.
 */
export function errorBody<E extends ErrorExtras = Record<never, never>>(code: string, message: string, issues: ApiIssue[] = [], extras?: E): ApiErrorBody & E {
  return { ...(extras as E), error: { code, message, issues } };
}

const MESSAGE: Record<ApiErrorCode, string> = {
  invalid_parameters: "请求参数有误",
  not_found: "没有这个接口或资源",
  method_not_allowed: "不支持这个请求方法",
  internal_error: "服务器出错了",
};

export function apiErrorBody(code: ApiErrorCode, issues: ApiIssue[] = [], message = MESSAGE[code]): ApiErrorBody {
  return errorBody(code, message, issues);
}

const STATUS: Record<ApiErrorCode, number> = { invalid_parameters: 400, not_found: 404, method_not_allowed: 405, internal_error: 500 };

export function apiError(code: ApiErrorCode, issues: ApiIssue[] = [], message?: string): Response {
  return Response.json(apiErrorBody(code, issues, message), { status: STATUS[code] });
}

/** 400 with the list of problems, never a 500. */
export function badRequest(issues: ApiIssue[]): Response {
  return apiError("invalid_parameters", issues);
}

/** A zod issue in Chinese: the reader of an API error is as likely to read Chinese as the app's. */
function zodMessage(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case "too_big":
      return `不能大于 ${String(i.maximum)}`;
    case "too_small":
      return `不能小于 ${String(i.minimum)}`;
    case "invalid_type":
      return "类型不对";
    case "invalid_format":
      return "格式不对";
    case "invalid_value":
      return `只能是 ${i.values.map(String).join("、")} 之一`;
    case "unrecognized_keys":
      return `未知参数：${i.keys.join("、")}`;
    default:
      // A custom refinement's message is already written for readers (see the schemas).
      return /[\p{Script=Han}]/u.test(i.message) ? i.message : "取值无效";
  }
}

export function issuesOf(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => ({ param: i.path.map(String).join(".") || "(query)", message: zodMessage(i) }));
}

export const unknownParam = (param: string): ApiIssue => ({ param, message: "未知参数" });
