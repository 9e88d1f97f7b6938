import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArchiveHeader } from "@/components/archive-header";
import { ArticleList } from "@/components/article-list";
import { cacheKey } from "@/lib/cache-keys";
import { cacheAs, listedArticleKeys } from "@/server/http/http-cache";
import { t } from "@/lib/i18n";
import { isOutOfRange, pageHref, parsePageParam, requirePageParam, type SearchParamValue } from "@/lib/pagination";
import { pageMetadata } from "@/lib/seo";
import { getAuthorBySlug, listArticlesByAuthor } from "@/server/articles/articles";
import { env } from "@/lib/env";
import { CommentText } from "@/lib/comment-text";
import { profilePhotoSources } from "@/lib/profile-photo";

const PHOTO_SIZE = 128;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, SearchParamValue>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const author = await getAuthorBySlug((await params).slug);
  if (!author) return { title: t("notFound.title") };
  const name = author.name ?? author.slug;
  const page = parsePageParam((await searchParams).page) ?? 1;
  const path = `/author/${author.slug}`;
  return pageMetadata({
    title: page > 1 ? t("archive.pageTitle", { title: name, page }) : name,
    description: author.bio?.replace(/\s+/g, " ") ?? null,
    path: pageHref(path, page),
    feeds: [
      {
        rss: `${path}/feed.xml`,
        atom: `${path}/atom.xml`,
        title: t("feed.author", { siteName: env().SITE_NAME, name }),
      },
    ],
  });
}

export default async function AuthorPage({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const page = requirePageParam((await searchParams).page, `/author/${slug}`);
  const [author, list] = await Promise.all([getAuthorBySlug(slug), listArticlesByAuthor(slug, page)]);
  if (!author || isOutOfRange(list)) notFound();
  await cacheAs("page", cacheKey.author(author.id), ...listedArticleKeys(list.items));
  const name = author.name ?? author.slug;
  const photo = profilePhotoSources(author.photo, PHOTO_SIZE);
  return (
    <>
      <ArchiveHeader kicker={t("archive.author")} title={name}>
        <div className="author-profile">
          {photo && (
            // eslint-disable-next-line @next/next/no-img-element -- resized at upload; pages without scripts
            <img
              className="author-profile__photo"
              src={photo.src}
              srcSet={photo.srcSet}
              width={PHOTO_SIZE}
              height={PHOTO_SIZE}
              alt={t("author.photoAlt", { name })}
            />
          )}
          {author.bio && (
            <div className="archive-header__intro author-bio">
              <CommentText text={author.bio} />
            </div>
          )}
        </div>
      </ArchiveHeader>
      <ArticleList list={list} basePath={`/author/${author.slug}`} emptyText={t("archive.empty")} />
    </>
  );
}
