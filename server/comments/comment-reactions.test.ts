import { eq } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/db/client";
import { commentLikes, comments } from "@/db/schema";
import { createArticle, createComment, createLike, createUser, errorOf } from "@/tests/data";
import { listenForPurges } from "@/tests/purge-keys";
import { toggleLike } from "@/server/comments/comment-reactions";
import { reportComment } from "@/server/comments/comment-reports";
import { listComments } from "@/server/comments/comments";

const likeCountOf = async (id: number) =>
  (await db.select({ n: comments.likeCount }).from(comments).where(eq(comments.id, id)))[0].n;

describe("likes", () => {
  it("likes once per reader: a second like takes it back, and the count follows", async () => {
    const author = await createUser("author");
    const [ana, ben] = [await createUser("reader"), await createUser("reader")];
    const article = await createArticle(author.id);
    const c = await createComment({ articleId: article.id, body: "Gefällt euch?", status: "approved" });
    expect(await toggleLike(ana.id, c.id)).toEqual({ liked: true, likeCount: 1, articleId: article.id });
    expect(await toggleLike(ben.id, c.id)).toMatchObject({ liked: true, likeCount: 2 });
    expect(await toggleLike(ana.id, c.id)).toMatchObject({ liked: false, likeCount: 1 });
    expect(await likeCountOf(c.id)).toBe(1);

    // Double clicks at once: the primary key allows one like; the count stays equal to the likes.
    await Promise.allSettled([toggleLike(ana.id, c.id), toggleLike(ana.id, c.id)]);
    const likes = await db.select().from(commentLikes).where(eq(commentLikes.commentId, c.id));
    expect(await likeCountOf(c.id)).toBe(likes.length);
    await expect(createLike(c.id, ben.id)).rejects.toThrow(/duplicate key/);

    // The reader sees her like; anonymous readers see the count only.
    const forBen = await listComments(article.id, 1, ben.id);
    expect(forBen.threads[0]).toMatchObject({ likeCount: likes.length, likedByViewer: true });
    expect((await listComments(article.id, 1, null)).threads[0].likedByViewer).toBe(false);
  });

  it("refuses likes on comments readers cannot see", async () => {
    const author = await createUser("author");
    const reader = await createUser("reader");
    const article = await createArticle(author.id);
    const held = await createComment({ articleId: article.id, body: "Wartet", status: "pending" });
    expect((await errorOf(toggleLike(reader.id, held.id))).kind).toBe("not_found");
    expect((await errorOf(toggleLike(reader.id, 2_000_000_000))).kind).toBe("not_found");
    expect(await likeCountOf(held.id)).toBe(0);
  });
});

describe("comment order", () => {
  it("orders threads oldest first, newest first or by likes, replies nested oldest first", async () => {
    const author = await createUser("author");
    const readers = await Promise.all([1, 2, 3].map(() => createUser("reader")));
    const article = await createArticle(author.id);
    const at = (minutes: number) => new Date(Date.now() - 60 * 60_000 + minutes * 60_000);
    const first = await createComment({ articleId: article.id, body: "Erster", status: "approved", createdAt: at(1) });
    const second = await createComment({
      articleId: article.id,
      body: "Zweiter",
      status: "approved",
      createdAt: at(2),
    });
    const third = await createComment({ articleId: article.id, body: "Dritter", status: "approved", createdAt: at(3) });
    const replyLate = await createComment({
      articleId: article.id,
      parentId: first.id,
      body: "Späte Antwort",
      status: "approved",
      createdAt: at(5),
    });
    const replyEarly = await createComment({
      articleId: article.id,
      parentId: first.id,
      body: "Frühe Antwort",
      status: "approved",
      createdAt: at(4),
    });
    for (const r of readers) await createLike(second.id, r.id);
    await createLike(third.id, readers[0].id);
    // Likes of a reply do not lift it out of its thread.
    for (const r of readers) await createLike(replyLate.id, r.id);

    const order = async (o: "oldest" | "newest" | "likes") =>
      (await listComments(article.id, 1, null, o)).threads.map((t) => t.id);
    expect(await order("oldest")).toEqual([first.id, second.id, third.id]);
    expect(await order("newest")).toEqual([third.id, second.id, first.id]);
    expect(await order("likes")).toEqual([second.id, third.id, first.id]);
    for (const o of ["oldest", "newest", "likes"] as const) {
      const thread = (await listComments(article.id, 1, null, o)).threads.find((t) => t.id === first.id)!;
      expect(thread.replies.map((r) => r.id)).toEqual([replyEarly.id, replyLate.id]);
    }
  });
});

describe("what likes and reports purge", () => {
  it("a like and an automatic hold publish the article's comments key, a report below the threshold nothing public", async () => {
    const purges = await listenForPurges(inject("databaseUrl"));
    try {
      const author = await createUser("author");
      const reader = await createUser("reader");
      const article = await createArticle(author.id);
      const c = await createComment({ articleId: article.id, body: "Schlüssel", status: "approved" });
      expect((await purges.published(() => toggleLike(reader.id, c.id))).keys).toContain(`comments:${article.id}`);
      const report = (n: number) => reportComment({ userId: null, address: `192.0.2.${n}` }, c.id, "spam", "");
      expect((await purges.published(() => report(1))).keys).not.toContain(`comments:${article.id}`);
      await report(2);
      expect((await purges.published(() => report(3))).keys).toContain(`comments:${article.id}`);
    } finally {
      await purges.close();
    }
  });
});
