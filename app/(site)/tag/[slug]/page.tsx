import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { ArchiveHeader } from "@/components/archive-header";
import { ArticleList } from "@/components/article-list";
import { cacheKey } from "@/lib/cache-keys";
import { cacheAs, listedArticleKeys } from "@/server/http/http-cache";
import { t } from "@/lib/i18n";
import { findTaxonomyRedirect } from "@/server/articles/slug-redirects";
import { isOutOfRange, pageHref, parsePageParam, requirePageParam, type SearchParamValue } from "@/lib/pagination";
import { pageMetadata } from "@/lib/seo";
import { getTagBySlug, listArticlesByTag } from "@/server/articles/articles";
import { env } from "@/lib/env";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, SearchParamValue>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const tag = await getTagBySlug((await params).slug);
  if (!tag) return { title: t("notFound.title") };
  const page = parsePageParam((await searchParams).page) ?? 1;
  const path = `/tag/${tag.slug}`;
  return pageMetadata({
    title: page > 1 ? t("archive.pageTitle", { title: tag.name, page }) : tag.name,
    path: pageHref(path, page),
    feeds: [
      {
        rss: `${path}/feed.xml`,
        atom: `${path}/atom.xml`,
        title: t("feed.tag", { siteName: env().SITE_NAME, name: tag.name }),
      },
    ],
  });
}

export default async function TagPage({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const page = requirePageParam((await searchParams).page, `/tag/${slug}`);
  const [tag, list] = await Promise.all([getTagBySlug(slug), listArticlesByTag(slug, page)]);
  if (!tag) {
    const current = await findTaxonomyRedirect("tag", slug);
    if (current) permanentRedirect(`/tag/${encodeURIComponent(current)}${page > 1 ? `?page=${page}` : ""}`);
    notFound();
  }
  // A tag without visible articles is thin content: not a page of its own (a category stays, noindex).
  if (isOutOfRange(list) || list.items.length === 0) notFound();
  await cacheAs("page", cacheKey.tag(tag.id), ...listedArticleKeys(list.items));
  return (
    <>
      <ArchiveHeader kicker={t("archive.tag")} title={tag.name} />
      <ArticleList list={list} basePath={`/tag/${tag.slug}`} emptyText={t("archive.empty")} />
    </>
  );
}
