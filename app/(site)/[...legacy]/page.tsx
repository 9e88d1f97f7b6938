import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { cacheKey } from "@/lib/cache-keys";
import { t } from "@/lib/i18n";
import { renderPublishedMarkdown } from "@/lib/markdown";
import { pageMetadata } from "@/lib/seo";
import { SLUG_PATTERN } from "@/lib/slug";
import { findLegacyRedirect } from "@/server/discovery/legacy-redirects";
import { cacheAs } from "@/server/http/http-cache";
import { findPageRedirect, getPublishedPageBySlug } from "@/server/pages/pages";
import { shareImage } from "@/server/site/share-image";

// Every path no other route takes ends here. A one-segment path is first a static page
// (/impressum): lib/page-schema.ts keeps page slugs off every route's first segment, so a page
// never shadows a route. Then an old slug of a page (301), then an old WordPress address of
// imported content (308, which the front server sends as 301), else the "not found" page.
type Props = {
  params: Promise<{ legacy: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function pageSlugOf(legacy: string[]): string | null {
  return legacy.length === 1 && SLUG_PATTERN.test(legacy[0]) ? legacy[0] : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const slug = pageSlugOf((await params).legacy);
  const page = slug ? await getPublishedPageBySlug(slug) : null;
  if (!page) return { title: t("notFound.title") };
  return pageMetadata({
    title: page.title,
    description: page.excerpt || null,
    path: `/${page.slug}`,
    image: await shareImage(page.coverImage),
  });
}

export default async function LegacyAddress({ params, searchParams }: Props) {
  await connection();
  const { legacy } = await params;
  const slug = pageSlugOf(legacy);
  if (slug) {
    const page = await getPublishedPageBySlug(slug);
    if (page) {
      await cacheAs("page", cacheKey.page(page.id));
      return (
        <article className="article static-page">
          <header className="article__header">
            <h1 className="article__title">{page.title}</h1>
          </header>
          {/* Sanitised by lib/markdown (allowlist), as on the article page. */}
          <div
            className="prose article-body"
            dangerouslySetInnerHTML={{ __html: renderPublishedMarkdown(page.body) }}
          />
        </article>
      );
    }
    const current = await findPageRedirect(slug);
    if (current) permanentRedirect(`/${current}`);
  }
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === "string") query.set(key, value);
  const target = await findLegacyRedirect(
    `/${legacy.map((segment) => encodeURIComponent(decodeSafely(segment))).join("/")}?${query.toString()}`,
  );
  if (target) permanentRedirect(target);
  notFound();
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
