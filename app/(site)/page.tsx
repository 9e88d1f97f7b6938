import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleList } from "@/components/article-list";
import { t } from "@/lib/i18n";
import { isOutOfRange, parsePageParam, requirePageParam, type SearchParamValue } from "@/lib/pagination";
import { listPublishedArticles } from "@/server/articles";

type Props = { searchParams: Promise<Record<string, SearchParamValue>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = parsePageParam((await searchParams).page);
  // Page 1 keeps the layout's default title: the site name alone.
  return page && page > 1 ? { title: t("archive.pageOnly", { page }) } : {};
}

export default async function HomePage({ searchParams }: Props) {
  await connection();
  const page = requirePageParam((await searchParams).page, "/");
  const list = await listPublishedArticles(page);
  if (isOutOfRange(list)) notFound();
  return (
    <>
      <h1 className="page-title page-title--home">{t("home.heading")}</h1>
      <ArticleList list={list} basePath="/" emptyText={t("home.empty")} />
    </>
  );
}
