/** The origin the client used to reach us (for printed sign-in URLs and the cookie's Secure flag); forwarding headers count only from trusted proxies. */
import { requestOrigin as forwardedOrigin } from "../security/forwarded";

export function requestOrigin(request: Request): string {
  return forwardedOrigin(request);
}

export function isHttps(request: Request): boolean {
  return requestOrigin(request).startsWith("https:");
}
