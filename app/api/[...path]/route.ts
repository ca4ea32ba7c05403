/**
 * Any /api/* path no route handles: a JSON 404 in the API's one error format, not the HTML
 * page a browser gets, so a program calling a mistyped endpoint can read what went wrong.
 * Next matches the specific routes first; this only sees what they do not.
 */
import { apiError } from "@/lib/validation/api-error";

function notFound(request: Request): Response {
  const path = new URL(request.url).pathname;
  return apiError("not_found", [{ param: "(path)", message: `没有这个接口：${path}` }]);
}

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const HEAD = notFound;
export const OPTIONS = notFound;
