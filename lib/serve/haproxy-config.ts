/** Fills deploy/haproxy.cfg.template for a set of app processes (pure: text in, text out). */

export interface BalancerPlan {
  /** Where the balancer listens, e.g. "0.0.0.0:3000". */
  bind: string;
  /** The app processes' ports on 127.0.0.1. */
  ports: number[];
}

const SERVERS = /^[ \t]*# \{\{servers\}\}\n([\s\S]*?)^[ \t]*# \{\{servers\}\}\n/m;

export function haproxyConfig(template: string, plan: BalancerPlan): string {
  const block = SERVERS.exec(template);
  if (!block) throw new Error("the HAProxy template has no # {{servers}} block");
  const servers = plan.ports.map((port, i) => block[1]!.replaceAll("{{index}}", String(i + 1)).replaceAll("{{port}}", String(port))).join("");
  const out = template.replace(SERVERS, servers).replaceAll("{{bind}}", plan.bind);
  const left = /\{\{\w+\}\}/.exec(out);
  if (left) throw new Error(`the HAProxy template has an unknown field ${left[0]}`);
  return out;
}
