import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ArticleHeader } from "@/components/article-header";
import { ArticleTags } from "@/components/article-tags";
import { AuthorSignature } from "@/components/author-signature";
import { Breadcrumb } from "@/components/breadcrumb";
import { CommentSection } from "@/components/comments/comment-section";
import { SponsorList } from "@/components/sponsor-list";
import { t } from "@/lib/i18n";
import { renderMarkdown } from "@/lib/markdown";
import { requirePageParam, type SearchParamValue } from "@/lib/pagination";
import { getPublishedArticleBySlug } from "@/server/articles";
import { listApprovedComments } from "@/server/comments";
import { listActiveSponsors } from "@/server/sponsors";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, SearchParamValue>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const article = await getPublishedArticleBySlug((await params).slug);
  if (!article) return { title: t("notFound.title") };
  return {
    title: article.title,
    description: article.excerpt || undefined,
    openGraph: {
      type: "article",
      title: article.title,
      description: article.excerpt || undefined,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.category.name,
      tags: article.tags.map((tag) => tag.name),
    },
  };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const [article, sponsors] = await Promise.all([getPublishedArticleBySlug(slug), listActiveSponsors()]);
  if (!article) notFound();
  const basePath = `/posts/${article.slug}`;
  const commentsPage = requirePageParam((await searchParams).comments, basePath, "#comments");
  const comments = await listApprovedComments(article.id, commentsPage);
  if (commentsPage > comments.pageCount) notFound();

  return (
    <>
      <SponsorList sponsors={sponsors.header} variant="header" />
      <article className="article">
        <ArticleHeader article={article} />
        {/* Sanitised by lib/markdown (allowlist), so setting it as HTML is safe. */}
        <div className="prose article-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(article.body) }} />
        <ArticleTags tags={article.tags} />
        <AuthorSignature author={article.author} />
      </article>
      <Breadcrumb
        items={[
          { label: t("breadcrumb.home"), href: "/" },
          { label: article.category.name, href: `/category/${article.category.slug}` },
          { label: article.title },
        ]}
      />
      <SponsorList sponsors={sponsors.below_article} variant="below_article" />
      <CommentSection article={article} comments={comments} now={new Date()} />
    </>
  );
}
