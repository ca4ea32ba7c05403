/**
 * Types of entity extraction: what extractEntities takes and returns. Companies and people are
 * resolved to canonical gazetteer entries (or discovered from the text's own patterns).
 */

export type OrgKind = "company" | "investor" | "lab" | "university" | "media" | "government" | "association";

export interface EntityInput {
  title: string;
  /** Body paragraphs in the page's own script. */
  paragraphs: string[];
  /** The article's source/outlet; a media outlet named only as the source is not a mention. */
  source?: string | null;
  /** Closing notes such as "(作者系…院长)". */
  notes?: string[];
  /** Bylined authors; lets "作者系…" notes name the person. */
  authors?: string[];
  /** Simplified forms of title and paragraphs when the caller already has them (saves a conversion). */
  simplified?: { title: string; paragraphs: string[] };
  /** Whether the caller already found the text spun by a synonym tool (the extractor checks every article): saves a second check. */
  spun?: boolean;
}

export interface CompanyHit {
  name: string;
  slug: string;
  kind: OrgKind;
  aliases: string[];
  count: number;
  /** 0..1: how much the article is about it. */
  salience: number;
  about: boolean;
  /** First sentence (original script) that shows it. */
  snippet: string;
  /** Surface forms seen in the article (aliases, products, units). */
  forms: string[];
  /** Canonical name of the parent organisation for business units (腾讯云 → 腾讯). */
  parent?: string;
  parentSlug?: string;
  /** "gazetteer" for curated entries, "discovered" for ones found by patterns. */
  status: "gazetteer" | "discovered";
  confidence: number;
}

export interface RoleHit {
  organisation: string;
  /** Slug of the organisation when it resolved to a company. */
  organisationSlug?: string;
  title: string;
  sentence: string;
}

export interface PersonHit {
  name: string;
  slug: string;
  aliases: string[];
  count: number;
  salience: number;
  about: boolean;
  snippet: string;
  forms: string[];
  roles: RoleHit[];
  status: "gazetteer" | "discovered";
  confidence: number;
  /** Named only in the article's byline (记者/作者/编辑): a person of the article, not what it is about. */
  author?: true;
}

export interface ProductHit {
  name: string;
  maker: string;
}

export interface DiscoveredEntity {
  type: "company" | "person";
  name: string;
  confidence: number;
  evidence: string;
}

export interface EntityResult {
  companies: CompanyHit[];
  people: PersonHit[];
  products: ProductHit[];
  discovered: DiscoveredEntity[];
}
