import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { ArticleHeader } from "@/components/article-header";
import { ArticleNav } from "@/components/article-nav";
import { ArticleTags } from "@/components/article-tags";
import { AuthorSignature } from "@/components/author-signature";
import { Breadcrumb } from "@/components/breadcrumb";
import { CommentSection } from "@/components/comments/comment-section";
import { JsonLd } from "@/components/json-ld";
import { RelatedArticles } from "@/components/related-articles";
import { SponsorList } from "@/components/sponsor-list";
import { t } from "@/lib/i18n";
import { renderMarkdown } from "@/lib/markdown";
import { pageHref, parsePageParam, requirePageParam, type SearchParamValue } from "@/lib/pagination";
import { pageMetadata } from "@/lib/seo";
import { absoluteUrl, getSiteName } from "@/lib/site";
import { blogPosting, breadcrumbList } from "@/lib/structured-data";
import { getAdjacentArticles, listRelatedArticles } from "@/server/article-navigation";
import { getPublishedArticleBySlug, type ArticleDetail } from "@/server/articles";
import { listApprovedComments, type CommentNode } from "@/server/comments";
import { findArticleRedirect } from "@/server/slug-redirects";
import { listActiveSponsors } from "@/server/sponsors";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, SearchParamValue>> };

const authorPath = (article: ArticleDetail) => (article.author.slug ? `/author/${article.author.slug}` : undefined);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const article = await getPublishedArticleBySlug((await params).slug);
  if (!article) return { title: t("notFound.title") };
  const path = `/posts/${article.slug}`;
  const commentsPage = parsePageParam((await searchParams).comments) ?? 1;
  const author = authorPath(article);
  return pageMetadata({
    title: article.title,
    description: article.excerpt,
    path: pageHref(path, commentsPage, "comments"),
    image: article.coverImage,
    feeds: [{ rss: `${path}/comments.xml`, title: t("feed.comments", { title: article.title }) }],
    article: {
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      authors: author ? [absoluteUrl(author)] : [],
      section: article.category.name,
      tags: article.tags.map((tag) => tag.name),
    },
  });
}

function flatten(nodes: CommentNode[]): CommentNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.replies)]);
}

function structuredData(article: ArticleDetail, comments: CommentNode[], commentsPage: number) {
  const url = absoluteUrl(`/posts/${article.slug}`);
  const pageUrl = absoluteUrl(pageHref(`/posts/${article.slug}`, commentsPage, "comments"));
  const author = authorPath(article);
  return [
    blogPosting({
      url,
      headline: article.title,
      description: article.excerpt,
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      author: { name: article.author.name ?? t("article.unknownAuthor"), url: author ? absoluteUrl(author) : undefined },
      image: article.coverImage ? absoluteUrl(article.coverImage) : undefined,
      section: article.category.name,
      keywords: article.tags.map((tag) => tag.name),
      commentCount: article.approvedCommentCount,
      // The comments shown on this page, as the page shows them.
      comments: flatten(comments).map((c) => ({
        url: `${pageUrl}#comment-${c.id}`,
        author: c.authorDeleted ? t("comments.deletedUser") : (c.authorName ?? t("comments.anonymous")),
        dateCreated: c.createdAt,
        text: c.body,
      })),
      publisher: { name: getSiteName(), url: absoluteUrl("/") },
    }),
    breadcrumbList([
      { name: t("breadcrumb.home"), url: absoluteUrl("/") },
      { name: article.category.name, url: absoluteUrl(`/category/${article.category.slug}`) },
      { name: article.title, url },
    ]),
  ];
}

export default async function ArticlePage({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const [article, sponsors] = await Promise.all([getPublishedArticleBySlug(slug), listActiveSponsors()]);
  if (!article) {
    // A renamed article: its old slugs answer with a permanent redirect (308, see README).
    const current = await findArticleRedirect(slug);
    if (current) permanentRedirect(`/posts/${encodeURIComponent(current)}`);
    notFound();
  }
  const basePath = `/posts/${article.slug}`;
  const commentsPage = requirePageParam((await searchParams).comments, basePath, "#comments");
  const [comments, adjacent, related] = await Promise.all([
    listApprovedComments(article.id, commentsPage),
    getAdjacentArticles(article),
    listRelatedArticles(article.id),
  ]);
  if (commentsPage > comments.pageCount) notFound();

  return (
    <>
      <JsonLd data={structuredData(article, comments.threads, commentsPage)} />
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
      <ArticleNav previous={adjacent.previous} next={adjacent.next} />
      <RelatedArticles articles={related} />
      <SponsorList sponsors={sponsors.below_article} variant="below_article" />
      <CommentSection article={article} comments={comments} now={new Date()} />
    </>
  );
}
