import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, menuItems } from "@/db/schema";
import { loadOwnedArticle } from "@/server/articles/article-access";
import { logActivity } from "@/server/activity/activity-log";
import { forbidden, invalid } from "@/server/http/errors";
import type { CurrentUser } from "@/server/accounts/session";

// Removing articles: the trash (authors their own, admins any) takes an article off every
// reader page, feed and sitemap at once and answers its address with 410 Gone, keeping its
// comments; restoring makes it a draft again (as WordPress does). Only admins delete for good,
// and only from the trash, so that deleting always takes two steps.

export async function trashArticle(user: CurrentUser, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadOwnedArticle(tx, user, id, true);
    if (current.status === "trash") return;
    // publishedAt stays: the trigger sees a visible article leave and purges every list it was in.
    await tx.update(articles).set({ status: "trash" }).where(eq(articles.id, id));
    await logActivity(tx, {
      actorId: user.id,
      action: "article.trash",
      subject: { type: "article", id, label: current.title },
    });
  });
}

export async function restoreArticle(user: CurrentUser, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadOwnedArticle(tx, user, id, true);
    if (current.status !== "trash")
      throw invalid("trash.errors.notInTrash", `restore article ${id} (${current.status})`);
    await tx.update(articles).set({ status: "draft", publishedAt: null }).where(eq(articles.id, id));
    await logActivity(tx, {
      actorId: user.id,
      action: "article.restore",
      subject: { type: "article", id, label: current.title },
    });
  });
}

/** Deletes an article in the trash with its comments, revisions and old slugs (foreign keys cascade). */
export async function deleteArticlePermanently(user: CurrentUser, id: number): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await loadOwnedArticle(tx, user, id, true);
    if (user.role !== "admin") throw forbidden("errors.forbidden", `user ${user.id} deletes article ${id}`);
    if (current.status !== "trash")
      throw invalid("trash.errors.notInTrash", `delete article ${id} (${current.status})`);
    // Menu items have no foreign key (their target may be in any of three tables).
    await tx.delete(menuItems).where(and(eq(menuItems.target, "article"), eq(menuItems.targetId, id)));
    await tx.delete(articles).where(and(eq(articles.id, id), eq(articles.status, "trash")));
    await logActivity(tx, {
      actorId: user.id,
      action: "article.delete",
      subject: { type: "article", id, label: current.title },
    });
  });
}

/** Whether the slug belongs to an article in the trash (its page answers 410). */
export async function isTrashedSlug(slug: string): Promise<boolean> {
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, slug), eq(articles.status, "trash")));
  return Boolean(row);
}
