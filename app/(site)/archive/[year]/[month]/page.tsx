import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArchiveHeader } from "@/components/archive-header";
import { ArticleList } from "@/components/article-list";
import { archiveMonthPath, formatMonth } from "@/lib/format";
import { cacheKey } from "@/lib/cache-keys";
import { cacheAs, listedArticleKeys } from "@/server/http/http-cache";
import { t } from "@/lib/i18n";
import { pageHref, parsePageParam, requirePageParam, type SearchParamValue } from "@/lib/pagination";
import { pageMetadata } from "@/lib/seo";
import { listArticlesByMonth } from "@/server/articles/article-navigation";

type Props = {
  params: Promise<{ year: string; month: string }>;
  searchParams: Promise<Record<string, SearchParamValue>>;
};

/** `2026` + `03` → { 2026, 3 }; one URL per month, so "3", "003" or "2026x" are not months. */
function parseMonth(year: string, month: string): { year: number; month: number } | null {
  if (!/^[12]\d{3}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) return null;
  return { year: Number(year), month: Number(month) };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { year, month } = await params;
  const parsed = parseMonth(year, month);
  if (!parsed) return { title: t("notFound.title") };
  const page = parsePageParam((await searchParams).page) ?? 1;
  const name = formatMonth(parsed.year, parsed.month);
  const title = `${t("archive.month")}: ${name}`;
  return pageMetadata({
    title: page > 1 ? t("archive.pageTitle", { title, page }) : title,
    path: pageHref(archiveMonthPath(parsed.year, parsed.month), page),
  });
}

export default async function ArchiveMonthPage({ params, searchParams }: Props) {
  await connection();
  const { year, month } = await params;
  const parsed = parseMonth(year, month);
  if (!parsed) notFound();
  const path = archiveMonthPath(parsed.year, parsed.month);
  const page = requirePageParam((await searchParams).page, path);
  const list = await listArticlesByMonth(parsed.year, parsed.month, page);
  // Unlike the home page, an empty month is no page at all.
  if (list.items.length === 0) notFound();
  await cacheAs("page", cacheKey.archive(parsed.year, parsed.month), ...listedArticleKeys(list.items));
  return (
    <>
      <ArchiveHeader kicker={t("archive.month")} title={formatMonth(parsed.year, parsed.month)} />
      <ArticleList list={list} basePath={path} emptyText={t("archive.empty")} />
    </>
  );
}
