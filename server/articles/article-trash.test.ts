import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/db/client";
import { articles, comments } from "@/db/schema";
import { cacheKey } from "@/lib/cache-keys";
import { deleteArticlePermanently, isTrashedSlug, restoreArticle, trashArticle } from "@/server/articles/article-trash";
import { updateArticle } from "@/server/articles/article-writes";
import { getPublishedArticleBySlug } from "@/server/articles/articles";
import { listenForPurges, type PurgeListener } from "@/tests/purge-keys";
import { createArticle, createComment, createUser, errorOf } from "@/tests/data";

let listener: PurgeListener;
beforeAll(async () => {
  listener = await listenForPurges(inject("databaseUrl"));
});
afterAll(() => listener.close());

describe("the trash", () => {
  it("takes an article off the reader pages, keeps its comments, and restores it as a draft", async () => {
    const author = await createUser("author");
    const article = await createArticle(author.id);
    const comment = await createComment({
      articleId: article.id,
      authorId: author.id,
      body: "Bleibt erhalten",
      status: "approved",
    });
    const { keys } = await listener.published(() => trashArticle(author.current, article.id));
    expect(keys).toContain(cacheKey.article(article.id));
    expect(keys).toContain(cacheKey.home);
    expect(keys).toContain(cacheKey.sitemap);
    expect(await getPublishedArticleBySlug(article.slug)).toBeNull();
    expect(await isTrashedSlug(article.slug)).toBe(true);
    expect(await db.select().from(comments).where(eq(comments.id, comment.id))).toHaveLength(1);
    // A save must not bring it back by the way.
    const save = await errorOf(
      updateArticle(author.current, article.id, {
        title: "x",
        slug: "",
        excerpt: "",
        body: "",
        categoryId: article.categoryId,
        tags: [],
        coverImage: "",
        commentsOpen: true,
        status: "published",
        scheduledFor: null,
      }),
    );
    expect(save.publicKey).toBe("trash.state");
    await restoreArticle(author.current, article.id);
    const [row] = await db.select().from(articles).where(eq(articles.id, article.id));
    expect(row).toMatchObject({ status: "draft", publishedAt: null });
    expect(await isTrashedSlug(article.slug)).toBe(false);
  });

  it("authors trash their own articles only; only admins delete for good, and only from the trash", async () => {
    const author = await createUser("author");
    const other = await createUser("author");
    const admin = await createUser("admin");
    const article = await createArticle(author.id);
    await createComment({ articleId: article.id, authorId: author.id, body: "Geht mit", status: "approved" });
    expect(await errorOf(trashArticle(other.current, article.id))).toMatchObject({ kind: "forbidden" });
    expect(await errorOf(deleteArticlePermanently(admin.current, article.id))).toMatchObject({
      publicKey: "trash.errors.notInTrash",
    });
    await trashArticle(author.current, article.id);
    expect(await errorOf(deleteArticlePermanently(author.current, article.id))).toMatchObject({ kind: "forbidden" });
    await deleteArticlePermanently(admin.current, article.id);
    expect(await db.select().from(articles).where(eq(articles.id, article.id))).toEqual([]);
    expect(await db.select().from(comments).where(eq(comments.articleId, article.id))).toEqual([]);
    expect(await errorOf(restoreArticle(admin.current, article.id))).toMatchObject({ kind: "not_found" });
  });
});
