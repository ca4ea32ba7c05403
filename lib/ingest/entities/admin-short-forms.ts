/**
 * A public body named in full and then by the short form officialdom uses for it
 * (国家食品药品监督管理局 … 国家食品药品监管局, 北京市工商行政管理局 … 北京市工商局, 安徽省人民政府 …
 * 安徽省政府): one body, not two.
 * The short forms are general administrative usage, read as word swaps inside the name.
 */
import { foldHit, moveRoles } from "./short-names";
import type { CompanyHit, PersonHit } from "./types";

/** Full words of an administrative name and their usual short forms (general usage, not from any page). */
const SHORTENED: readonly [string, string][] = [
  ["监督管理", "监管"],
  ["工商行政管理", "工商"],
  ["质量技术监督", "质监"],
  ["发展和改革委员会", "发改委"],
  ["发展改革委员会", "发改委"],
  ["人力资源和社会保障", "人社"],
  ["住房和城乡建设", "住建"],
  ["国有资产监督管理委员会", "国资委"],
  ["人民政府", "政府"],
];

/** Every name the full name shortens to with one or more swaps (at most a few per name). */
function shortForms(name: string): string[] {
  let forms = [name];
  for (const [full, short] of SHORTENED) {
    const more: string[] = [];
    for (const f of forms) if (f.includes(full)) more.push(f.replace(full, short));
    forms = [...forms, ...more];
  }
  return forms.slice(1);
}

/** Kept under the full name; the short one becomes a form of it, and roles follow. */
export function mergeAdminShortForms(companies: CompanyHit[], people: PersonHit[]): CompanyHit[] {
  let out = companies;
  for (const full of companies) {
    if (full.status === "gazetteer" || !out.includes(full)) continue;
    const shorts = shortForms(full.name);
    if (shorts.length === 0) continue;
    for (const short of out.filter((c) => c !== full && c.status !== "gazetteer" && shorts.includes(c.name))) {
      const keep = out.find((c) => c.name === full.name)!;
      const merged = foldHit(keep, short);
      out = out.filter((c) => c !== short).map((c) => (c === keep ? merged : c));
      moveRoles(people, short.name, merged);
    }
  }
  return out;
}
