import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { ArticleList } from "@/components/article-list";
import { JsonLd } from "@/components/json-ld";
import { getIntlLocale, t } from "@/lib/i18n";
import { isOutOfRange, pageHref, parsePageParam, requirePageParam, type SearchParamValue } from "@/lib/pagination";
import { pageMetadata } from "@/lib/seo";
import { webSite } from "@/lib/structured-data";
import { listPublishedArticles } from "@/server/articles/articles";
import { cacheAs, listedArticleKeys } from "@/server/http/http-cache";
import { cacheKey } from "@/lib/cache-keys";
import { findLegacyRedirect } from "@/server/discovery/legacy-redirects";
import { env } from "@/lib/env";

type Props = { searchParams: Promise<Record<string, SearchParamValue>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = parsePageParam((await searchParams).page) ?? 1;
  // Page 1 keeps the layout's default title: the site name alone.
  return pageMetadata({ title: page > 1 ? t("archive.pageOnly", { page }) : undefined, path: pageHref("/", page) });
}

export default async function HomePage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  // WordPress's own addresses of a post ("/?p=12") and a page ("/?page_id=3"), after an import.
  for (const name of ["p", "page_id", "cat"]) {
    const id = params[name];
    if (typeof id !== "string" || !/^\d+$/.test(id)) continue;
    const target = await findLegacyRedirect(`/?${name}=${id}`);
    if (target) permanentRedirect(target);
  }
  const page = requirePageParam(params.page, "/");
  const list = await listPublishedArticles(page);
  if (isOutOfRange(list)) notFound();
  await cacheAs("page", cacheKey.home, ...listedArticleKeys(list.items));
  const siteName = env().SITE_NAME;
  return (
    <>
      <JsonLd
        data={webSite({
          name: siteName,
          siteUrl: env().siteUrl,
          description: t("site.description", { siteName }),
          language: getIntlLocale(),
        })}
      />
      <h1 className="page-title page-title--home">{t("home.heading")}</h1>
      <ArticleList list={list} basePath="/" emptyText={t("home.empty")} />
    </>
  );
}
