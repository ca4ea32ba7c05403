/** What the company and person profile pages share: loading by the URL's slug, the title, the Atom link and which profiles the build renders. */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { db, type Db } from "@/lib/db";
import { mostMentionedSlugs } from "@/lib/data/entities/most-mentioned";
import { parseSlugParam } from "@/lib/validation/query";

export type ProfileProps = { params: Promise<{ slug: string }> };

export function profileRoute<T extends { name: string; slug: string }>(get: (slug: string) => Promise<T | null>, base: "/companies" | "/people", missingTitle: string) {
  const load = cache(async (raw: string) => {
    const slug = parseSlugParam(raw);
    return slug === null ? null : get(slug);
  });
  const feedOf = (p: T) => `${base}/${encodeURIComponent(p.slug)}/feed.xml`;
  return {
    async generateMetadata({ params }: ProfileProps): Promise<Metadata> {
      const p = await load((await params).slug);
      if (!p) return { title: missingTitle };
      return { title: p.name, alternates: { types: { "application/atom+xml": feedOf(p) } } };
    },
    /** The profile, or the 404 page. */
    async profile({ params }: ProfileProps): Promise<{ p: T; feed: string }> {
      const p = await load((await params).slug);
      if (!p) notFound();
      return { p, feed: feedOf(p) };
    },
  };
}

/** How many of the most-mentioned profiles of each kind `next build` renders ahead of their first visit. */
const PRERENDERED = 50;

/**
 * generateStaticParams for a profile route: the most-mentioned profiles, read from the database
 * the build sees. A build without a readable database (no import yet) prerenders none; every
 * profile is then rendered on its first visit instead.
 */
export async function prerenderedProfiles(kind: "company" | "person", database: Db = db()): Promise<{ slug: string }[]> {
  try {
    return (await mostMentionedSlugs(database, kind, PRERENDERED)).map((slug) => ({ slug }));
  } catch (err) {
    console.warn(`[build] no ${kind} profiles prerendered: ${err instanceof Error ? err.message : String(err)}`);
    return [];
  }
}
