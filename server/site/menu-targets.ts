import "server-only";
import { desc, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, pages } from "@/db/schema";
import { t } from "@/lib/i18n";

const RECENT_ARTICLES = 100;

/** What a menu item may point at: every page (drafts marked) and the newest articles. */
export async function listMenuTargets(): Promise<{
  pages: { id: number; label: string }[];
  articles: { id: number; label: string }[];
}> {
  const [pageRows, articleRows] = await Promise.all([
    db
      .select({ id: pages.id, title: pages.title, status: pages.status })
      .from(pages)
      .orderBy(sql`lower(${pages.title})`),
    db
      .select({ id: articles.id, title: articles.title })
      .from(articles)
      .where(sql`${articles.status} in ('published', 'scheduled')`)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(RECENT_ARTICLES),
  ]);
  return {
    pages: pageRows.map((p) => ({
      id: p.id,
      label: p.status === "published" ? p.title : `${p.title} (${t("pages.statusDraft")})`,
    })),
    articles: articleRows.map((a) => ({ id: a.id, label: a.title })),
  };
}
