import "server-only";
import { cacheKey } from "@/lib/cache-keys";
import { cacheAs } from "@/server/http/http-cache";
import { and, desc, eq, exists, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, articleTags, categories, comments, isPubliclyVisible, tags, users } from "@/db/schema";
import { FEED_ITEM_LIMIT, type Feed, type FeedItem } from "@/lib/feed";
import { getIntlLocale, t } from "@/lib/i18n";
import { renderPublishedMarkdown } from "@/lib/markdown";
import { absoluteUrl } from "@/lib/site";
import { textToHtml } from "@/lib/xml";
import {
  getAuthorBySlug,
  getCategoryBySlug,
  getPublishedArticleBySlug,
  getTagBySlug,
  isShownComment,
  summaryFields,
} from "@/server/articles/articles";
import { env } from "@/lib/env";

// Feed models for the RSS and Atom route handlers: the FEED_ITEM_LIMIT newest visible
// articles (isPubliclyVisible) of the site, a category, a tag or an author, and the newest
// approved comments of one article. FEED_FULL_TEXT decides between excerpt and full text.

function baseFeed(title: string, description: string, pagePath: string, selfPath: string): Omit<Feed, "items"> {
  return {
    title,
    description,
    pageUrl: absoluteUrl(pagePath),
    selfUrl: absoluteUrl(selfPath),
    language: getIntlLocale(),
    generator: "Blattwerk",
  };
}

async function listFeedArticles(filter: SQL | undefined, listKey: string): Promise<FeedItem[]> {
  const rows = await db
    .select({ ...summaryFields, body: articles.body })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(isPubliclyVisible, filter))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(FEED_ITEM_LIMIT);
  await cacheAs("feed", listKey, ...rows.map((row) => cacheKey.article(row.id)));
  const fullText = env().FEED_FULL_TEXT;
  return rows.map((row) => ({
    url: absoluteUrl(`/posts/${row.slug}`),
    title: row.title,
    summaryHtml: textToHtml(row.excerpt),
    contentHtml: fullText ? renderPublishedMarkdown(row.body) : undefined,
    published: row.publishedAt ?? row.updatedAt,
    updated: row.updatedAt,
    authorName: row.author.name ?? t("article.unknownAuthor"),
    authorUrl: row.author.slug ? absoluteUrl(`/author/${row.author.slug}`) : undefined,
    categories: [row.category.name, ...row.tags.map((tag) => tag.name)],
  }));
}

export type FeedKind = "rss" | "atom";
const selfPath = (base: string, kind: FeedKind) => `${base}/${kind === "rss" ? "feed.xml" : "atom.xml"}`;

export async function getSiteFeed(kind: FeedKind): Promise<Feed> {
  const siteName = env().SITE_NAME;
  return {
    ...baseFeed(siteName, t("site.description", { siteName }), "/", selfPath("", kind)),
    items: await listFeedArticles(undefined, cacheKey.home),
  };
}

export async function getCategoryFeed(slug: string, kind: FeedKind): Promise<Feed | null> {
  const category = await getCategoryBySlug(slug);
  if (!category) return null;
  const siteName = env().SITE_NAME;
  const path = `/category/${category.slug}`;
  return {
    ...baseFeed(
      t("feed.category", { siteName, name: category.name }),
      t("feed.categoryDescription", { siteName, name: category.name }),
      path,
      selfPath(path, kind),
    ),
    items: await listFeedArticles(eq(categories.slug, category.slug), cacheKey.category(category.id)),
  };
}

export async function getTagFeed(slug: string, kind: FeedKind): Promise<Feed | null> {
  const tag = await getTagBySlug(slug);
  if (!tag) return null;
  const siteName = env().SITE_NAME;
  const path = `/tag/${tag.slug}`;
  const tagged = db
    .select({ one: sql`1` })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(and(eq(articleTags.articleId, articles.id), eq(tags.slug, tag.slug)));
  return {
    ...baseFeed(
      t("feed.tag", { siteName, name: tag.name }),
      t("feed.tagDescription", { siteName, name: tag.name }),
      path,
      selfPath(path, kind),
    ),
    items: await listFeedArticles(exists(tagged), cacheKey.tag(tag.id)),
  };
}

export async function getAuthorFeed(slug: string, kind: FeedKind): Promise<Feed | null> {
  const author = await getAuthorBySlug(slug);
  if (!author) return null;
  const siteName = env().SITE_NAME;
  const name = author.name ?? author.slug;
  const path = `/author/${author.slug}`;
  return {
    ...baseFeed(
      t("feed.author", { siteName, name }),
      t("feed.authorDescription", { siteName, name }),
      path,
      selfPath(path, kind),
    ),
    items: await listFeedArticles(eq(users.slug, author.slug), cacheKey.author(author.id)),
  };
}

/** The newest approved comments of a visible article (RSS at /posts/<slug>/comments.xml). */
export async function getCommentsFeed(slug: string): Promise<Feed | null> {
  const article = await getPublishedArticleBySlug(slug);
  if (!article) return null;
  const rows = await db
    .select({
      id: comments.id,
      body: comments.body,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      authorName: sql<string | null>`coalesce(${users.name}, ${comments.guestName})`,
      authorGone: sql<boolean>`(${comments.authorId} is null and ${comments.guestName} is null)`,
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.articleId, article.id), isShownComment))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(FEED_ITEM_LIMIT);
  await cacheAs("feed", cacheKey.article(article.id), cacheKey.comments(article.id));
  const siteName = env().SITE_NAME;
  const path = `/posts/${article.slug}`;
  return {
    ...baseFeed(
      t("feed.comments", { title: article.title }),
      t("feed.commentsDescription", { siteName, title: article.title }),
      path,
      `${path}/comments.xml`,
    ),
    emptyUpdated: article.publishedAt,
    items: rows.map((row) => {
      const name = row.authorGone ? t("comments.deletedUser") : (row.authorName ?? t("comments.anonymous"));
      return {
        url: absoluteUrl(`${path}#comment-${row.id}`),
        title: t("feed.commentTitle", { name, title: article.title }),
        summaryHtml: textToHtml(row.body),
        published: row.createdAt,
        updated: row.editedAt ?? row.createdAt,
        authorName: name,
      };
    }),
  };
}
