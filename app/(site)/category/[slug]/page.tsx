import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { ArchiveHeader } from "@/components/archive-header";
import { ArticleList } from "@/components/article-list";
import { Breadcrumb } from "@/components/breadcrumb";
import { cacheKey } from "@/lib/cache-keys";
import { cacheAs, listedArticleKeys } from "@/server/http/http-cache";
import { t } from "@/lib/i18n";
import { findTaxonomyRedirect } from "@/server/articles/slug-redirects";
import { isOutOfRange, pageHref, parsePageParam, requirePageParam, type SearchParamValue } from "@/lib/pagination";
import { pageMetadata } from "@/lib/seo";
import { getCategoryBySlug, listArticlesByCategory } from "@/server/articles/articles";
import { env } from "@/lib/env";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, SearchParamValue>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const category = await getCategoryBySlug((await params).slug);
  if (!category) return { title: t("notFound.title") };
  const page = parsePageParam((await searchParams).page) ?? 1;
  const path = `/category/${category.slug}`;
  // Linked from the menus even while empty, so it stays a page, but not one for search engines.
  const empty = (await listArticlesByCategory(category.slug, 1)).items.length === 0;
  return pageMetadata({
    noindex: empty,
    title: page > 1 ? t("archive.pageTitle", { title: category.name, page }) : category.name,
    description: category.description,
    path: pageHref(path, page),
    feeds: [
      {
        rss: `${path}/feed.xml`,
        atom: `${path}/atom.xml`,
        title: t("feed.category", { siteName: env().SITE_NAME, name: category.name }),
      },
    ],
  });
}

export default async function CategoryPage({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const page = requirePageParam((await searchParams).page, `/category/${slug}`);
  const [category, list] = await Promise.all([getCategoryBySlug(slug), listArticlesByCategory(slug, page)]);
  if (!category) {
    const current = await findTaxonomyRedirect("category", slug);
    if (current) permanentRedirect(`/category/${encodeURIComponent(current)}${page > 1 ? `?page=${page}` : ""}`);
    notFound();
  }
  if (isOutOfRange(list)) notFound();
  // The parent's and the subcategories' names are shown here too: renaming one purges this page.
  const related = [category.parent, ...category.children].flatMap((c) => (c ? [cacheKey.category(c.id)] : []));
  await cacheAs("page", cacheKey.category(category.id), ...related, ...listedArticleKeys(list.items));
  return (
    <>
      {category.parent ? (
        <Breadcrumb
          items={[
            { label: t("breadcrumb.home"), href: "/" },
            { label: category.parent.name, href: `/category/${category.parent.slug}` },
            { label: category.name },
          ]}
        />
      ) : null}
      <ArchiveHeader kicker={t("archive.category")} title={category.name}>
        {category.description && <p className="archive-header__intro">{category.description}</p>}
        {category.children.length > 0 ? (
          <nav aria-label={t("archive.subcategories")} className="archive-header__subcategories">
            <ul>
              {category.children.map((c) => (
                <li key={c.id}>
                  <a href={`/category/${c.slug}`}>{c.name}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </ArchiveHeader>
      <ArticleList list={list} basePath={`/category/${category.slug}`} emptyText={t("archive.empty")} />
    </>
  );
}
