/** The client's address for rate limiting and run records: the socket's, or a trusted proxy's X-Forwarded-For (lib/security/forwarded.ts). */
import { clientAddress } from "../security/forwarded";

export function clientIp(headers: Headers): string {
  return clientAddress(headers);
}
