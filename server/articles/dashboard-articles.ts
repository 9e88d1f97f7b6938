import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, categories, type ArticleStatus } from "@/db/schema";
import type { Moderator } from "@/server/moderation/moderation";

export const DASHBOARD_ARTICLES_PAGE_SIZE = 25;

export type DashboardArticle = {
  id: number;
  title: string;
  slug: string;
  status: ArticleStatus;
  date: Date;
  category: string;
  commentsOpen: boolean;
  approvedCount: number;
  pendingCount: number;
};

// Drafts have no publication date yet: they sort by when they were created.
const sortDate = sql<Date>`coalesce(${articles.publishedAt}, ${articles.createdAt})`;

/**
 * The moderator's articles (an author's own, every article for admins), newest first, with
 * their approved and pending comment counts in the same query. Keyset pagination on
 * (date, id): `before` is the last id of the previous page.
 */
export async function listDashboardArticles(
  mod: Moderator,
  before?: number,
): Promise<{ rows: DashboardArticle[]; nextBefore: number | null }> {
  if (mod.role !== "admin" && mod.role !== "author") return { rows: [], nextBefore: null };
  const where: SQL[] = [];
  if (mod.role === "author") where.push(eq(articles.authorId, mod.id));
  if (before) {
    where.push(
      sql`(${sortDate}, ${articles.id}) < (select coalesce(a2.published_at, a2.created_at), a2.id from articles a2 where a2.id = ${before})`,
    );
  }
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      status: articles.status,
      date: sortDate.mapWith((v: string | Date) => new Date(v)),
      category: categories.name,
      commentsOpen: articles.commentsOpen,
      approvedCount: sql<number>`(select count(*)::int from comments c where c.article_id = ${articles.id} and c.status = 'approved')`,
      pendingCount: sql<number>`(select count(*)::int from comments c where c.article_id = ${articles.id} and c.status = 'pending')`,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(...where))
    .orderBy(desc(sortDate), desc(articles.id))
    .limit(DASHBOARD_ARTICLES_PAGE_SIZE + 1);
  const page = rows.slice(0, DASHBOARD_ARTICLES_PAGE_SIZE);
  return { rows: page, nextBefore: rows.length > DASHBOARD_ARTICLES_PAGE_SIZE ? page[page.length - 1].id : null };
}
