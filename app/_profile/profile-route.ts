/** What the company and person profile pages share: loading by the URL's slug, the title and the Atom link. */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
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
