import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { ArticleHeader } from "@/components/article-header";
import { ArticleNav } from "@/components/article-nav";
import { ArticleTags } from "@/components/article-tags";
import { AuthorSignature } from "@/components/author-signature";
import { Breadcrumb } from "@/components/breadcrumb";
import { randomUUID } from "node:crypto";
import { CommentForm } from "@/components/comments/comment-form";
import { getMailPreferences } from "@/server/mail/preferences";
import { CommentSection } from "@/components/comments/comment-section";
import { JsonLd } from "@/components/json-ld";
import { NotFoundMessage } from "@/components/not-found-message";
import { RelatedArticles } from "@/components/related-articles";
import { SponsorList } from "@/components/sponsor-list";
import { cacheKey } from "@/lib/cache-keys";
import { cacheAs, markGone, markPersonal } from "@/server/http/http-cache";
import { isTrashedSlug } from "@/server/articles/article-trash";
import { t } from "@/lib/i18n";
import { renderPublishedMarkdown } from "@/lib/markdown";
import { pageHref, parsePageParam, requirePageParam, type SearchParamValue } from "@/lib/pagination";
import { COMMENT_ORDER_PARAM, commentsHref, parseCommentOrder, type CommentOrder } from "@/lib/comment-order";
import { pageMetadata } from "@/lib/seo";
import { absoluteUrl } from "@/lib/site";
import { blogPosting, breadcrumbList, type CommentInput } from "@/lib/structured-data";
import { shareImageFrom } from "@/server/site/share-image";
import { getSiteData } from "@/server/site/site-data";
import { getAdjacentArticles, listRelatedArticles } from "@/server/articles/article-navigation";
import { getPublishedArticleBySlug, type ArticleDetail } from "@/server/articles/articles";
import { commentsAreOpen } from "@/server/comments/comment-rules";
import { listComments, type CommentNode } from "@/server/comments/comments";
import { getCurrentUser } from "@/server/accounts/session";
import { findArticleRedirect } from "@/server/articles/slug-redirects";
import { deleteOwnCommentAction, editOwnCommentAction, postCommentAction, toggleLikeAction } from "./actions";
import { postGuestCommentAction } from "./guest-actions";
import { pendingViewComment, signFormTime } from "@/server/comments/guest-tokens";
import { env } from "@/lib/env";
import { getPrivacySettings } from "@/server/site/privacy-settings";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, SearchParamValue>> };

const authorPath = (article: ArticleDetail) => (article.author.slug ? `/author/${article.author.slug}` : undefined);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const [article, site] = await Promise.all([getPublishedArticleBySlug((await params).slug), getSiteData()]);
  if (!article) return { title: t("notFound.title") };
  const path = `/posts/${article.slug}`;
  const query = await searchParams;
  const commentsPage = parsePageParam(query.comments) ?? 1;
  const author = authorPath(article);
  // Another order shows the same comments: its canonical address is the article's own.
  const sorted = query[COMMENT_ORDER_PARAM] !== undefined;
  return pageMetadata({
    title: article.title,
    description: article.excerpt,
    path: sorted ? path : pageHref(path, commentsPage, "comments"),
    image: shareImageFrom(article.coverImage, site.sharing),
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

/**
 * The published comments of the page, replies nested under their parent: a viewer's own held
 * or deleted comments are not data for search engines (their replies move up a level).
 */
function commentData(nodes: CommentNode[], pageUrl: string): CommentInput[] {
  return nodes.flatMap((c) => {
    const replies = commentData(c.replies, pageUrl);
    if (c.pending || c.removed) return replies;
    return [
      {
        url: `${pageUrl}#comment-${c.id}`,
        author: c.authorDeleted ? t("comments.deletedUser") : (c.authorName ?? t("comments.anonymous")),
        datePublished: c.createdAt,
        dateModified: c.editedAt,
        text: c.body,
        replies,
      },
    ];
  });
}

function structuredData(
  article: ArticleDetail,
  comments: CommentNode[],
  commentsPage: number,
  order: CommentOrder,
  image: string,
) {
  const url = absoluteUrl(`/posts/${article.slug}`);
  const pageUrl = absoluteUrl(commentsHref(`/posts/${article.slug}`, commentsPage, order));
  const author = authorPath(article);
  return [
    blogPosting({
      url,
      headline: article.title,
      description: article.excerpt,
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      author: {
        name: article.author.name ?? t("article.unknownAuthor"),
        url: author ? absoluteUrl(author) : undefined,
      },
      image: absoluteUrl(image),
      section: article.category.name,
      keywords: article.tags.map((tag) => tag.name),
      commentCount: article.approvedCommentCount,
      // The comments shown on this page, as the page shows them.
      comments: commentData(comments, pageUrl),
      publisher: { name: env().SITE_NAME, url: absoluteUrl("/") },
    }),
    breadcrumbList([
      { name: t("breadcrumb.home"), url: absoluteUrl("/") },
      ...(article.categoryParent
        ? [{ name: article.categoryParent.name, url: absoluteUrl(`/category/${article.categoryParent.slug}`) }]
        : []),
      { name: article.category.name, url: absoluteUrl(`/category/${article.category.slug}`) },
      { name: article.title, url },
    ]),
  ];
}

function findComment(nodes: CommentNode[], id: number): CommentNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findComment(node.replies, id);
    if (found) return found;
  }
  return undefined;
}

function idParam(value: SearchParamValue): number | null {
  return typeof value === "string" && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

export default async function ArticlePage({ params, searchParams }: Props) {
  await connection();
  const { slug } = await params;
  const query = await searchParams;
  const [article, site, viewer] = await Promise.all([getPublishedArticleBySlug(slug), getSiteData(), getCurrentUser()]);
  const { sponsors, moderation: settings, privacyPath } = site;
  if (!article) {
    // A renamed article: its old slugs answer with a permanent redirect (308, see README).
    const current = await findArticleRedirect(slug);
    if (current) permanentRedirect(`/posts/${encodeURIComponent(current)}`);
    // Moved to the trash: 410 Gone tells search engines to drop it (origin/response.ts turns
    // the page's status into 410; Next has none of its own).
    if (await isTrashedSlug(slug)) {
      markGone();
      return <NotFoundMessage gone />;
    }
    notFound();
  }
  const basePath = `/posts/${article.slug}`;
  const order = parseCommentOrder(query[COMMENT_ORDER_PARAM]);
  if (order === null) notFound();
  const commentsPage = requirePageParam(query.comments, commentsHref(basePath, 1, order), "#comments");
  // A guest's link to her comment after posting (guest-actions.ts); never for a signed-in reader.
  const guestCommentId = viewer ? null : pendingViewComment(query.guest);
  if (guestCommentId !== null) markPersonal();
  const [comments, adjacent, related] = await Promise.all([
    listComments(article.id, commentsPage, viewer?.id ?? (guestCommentId ? { guestCommentId } : null), order),
    getAdjacentArticles(article),
    listRelatedArticles(article.id),
  ]);
  if (commentsPage > comments.pageCount) notFound();
  // Besides itself: its neighbours' and related articles' titles, and the category and tags
  // whose new articles may join the related box.
  const neighbours = [adjacent.previous, adjacent.next, ...related].flatMap((other) =>
    other ? [cacheKey.article(other.id)] : [],
  );
  await cacheAs(
    "page",
    cacheKey.article(article.id),
    cacheKey.comments(article.id),
    cacheKey.category(article.category.id),
    ...article.tags.map((tag) => cacheKey.tag(tag.id)),
    ...neighbours,
  );

  const open = commentsAreOpen(article, settings);
  const notifyDefault = viewer ? (await getMailPreferences(viewer.id)).notifyRepliesDefault : false;
  const pagePath = commentsHref(basePath, commentsPage, order);
  const replyTo = open ? findComment(comments.threads, idParam(query.replytocom) ?? 0) : undefined;
  const replyLine = replyTo && (
    <p className="respond__reply-to">
      {t("commentForm.replyTo", { name: replyTo.authorName ?? t("comments.deletedUser") })} ·{" "}
      <a href={`${pagePath}#comment-${replyTo.id}`}>{t("commentForm.cancelReply")}</a>
    </p>
  );
  const labels = {
    label: t("commentForm.label"),
    hint: t("commentForm.hint"),
    submit: t("commentForm.submit"),
    sending: t("commentForm.sending"),
  };
  const privacyLink = privacyPath ? { href: privacyPath, label: t("privacy.link") } : undefined;
  const privacy = privacyLink ? { links: [privacyLink] } : undefined;
  const guestsWelcome = !viewer && open && settings.allowGuestComments;
  // A guest is told what her comment stores and how to get it back or deleted (/meine-daten).
  const guestPrivacy = guestsWelcome
    ? {
        text: t("privacy.commentNote", { days: (await getPrivacySettings()).addressRetentionDays }),
        links: [privacyLink, { href: "/meine-daten", label: t("privacy.dataLink") }],
      }
    : undefined;
  // The guest form is the same for every anonymous reader (the page is shared and cached):
  // its key and render time are the page's, and guest-comment-writes.ts is built for that.
  const guestForm = guestsWelcome ? (
    <>
      <p className="respond__guest">
        {t("guestForm.intro")}{" "}
        <a href={`/signin?callbackUrl=/posts/${encodeURIComponent(article.slug)}%23respond`}>
          {t("guestForm.signInInstead")}
        </a>
      </p>
      {replyLine}
      <CommentForm
        action={postGuestCommentAction.bind(null, article.id)}
        hidden={{
          idempotencyKey: randomUUID(),
          startedAt: signFormTime(),
          ...(replyTo ? { parentId: String(replyTo.id) } : {}),
        }}
        privacy={guestPrivacy}
        labels={labels}
        guest={{
          name: t("guestForm.name"),
          email: t("guestForm.email"),
          emailHint: t("guestForm.emailHint"),
          url: t("guestForm.url"),
          trap: t("guestForm.honeypot"),
        }}
      />
    </>
  ) : undefined;
  const form =
    viewer && !viewer.banned && open ? (
      <>
        <p className="respond__signed-in">{t("respond.signedInAs", { name: viewer.name ?? viewer.email ?? "" })}</p>
        {replyLine}
        <CommentForm
          action={postCommentAction.bind(null, article.id)}
          notify={{ label: t("commentForm.notifyReplies"), defaultChecked: notifyDefault }}
          hidden={{ idempotencyKey: randomUUID(), ...(replyTo ? { parentId: String(replyTo.id) } : {}) }}
          privacy={privacy}
          labels={labels}
        />
      </>
    ) : (
      guestForm
    );

  return (
    <>
      <JsonLd
        data={structuredData(
          article,
          comments.threads,
          commentsPage,
          order,
          shareImageFrom(article.coverImage, site.sharing),
        )}
      />
      <SponsorList sponsors={sponsors.header} variant="header" />
      <article className="article">
        <ArticleHeader article={article} />
        {/* Sanitised by lib/markdown (allowlist), so setting it as HTML is safe. */}
        <div
          className="prose article-body"
          dangerouslySetInnerHTML={{ __html: renderPublishedMarkdown(article.body) }}
        />
        <ArticleTags tags={article.tags} />
        <AuthorSignature author={article.author} />
      </article>
      <Breadcrumb
        items={[
          { label: t("breadcrumb.home"), href: "/" },
          ...(article.categoryParent
            ? [{ label: article.categoryParent.name, href: `/category/${article.categoryParent.slug}` }]
            : []),
          { label: article.category.name, href: `/category/${article.category.slug}` },
          { label: article.title },
        ]}
      />
      <ArticleNav previous={adjacent.previous} next={adjacent.next} />
      <RelatedArticles articles={related} />
      <SponsorList sponsors={sponsors.below_article} variant="below_article" />
      <CommentSection
        article={{ ...article, commentsOpen: open }}
        comments={comments}
        context={{
          now: new Date(),
          pagePath,
          order,
          canReply: open,
          toggleLikeAction: viewer && !viewer.banned ? toggleLikeAction : undefined,
          editingId: idParam(query.editcomment),
          editOwnCommentAction,
          deleteOwnCommentAction,
        }}
        form={form}
      />
    </>
  );
}
