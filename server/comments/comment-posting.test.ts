import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments } from "@/db/schema";
import {
  commentRefusal,
  commentsOf,
  createArticle,
  createArticleWithReader,
  createComment,
  createKnownReader,
  key,
} from "@/tests/data";
import { postComment } from "@/server/comments/comment-writes";
import { moderationSettingsSchema, saveModerationSettings } from "@/server/site/settings";

// postComment's checks of what is commented: the article, the text, the parent, the thread depth, the idempotency key.
describe("posting a comment: article, text and thread", () => {
  afterEach(() => saveModerationSettings(moderationSettingsSchema.parse({})));

  it("refuses unknown, unpublished, scheduled and closed articles and stores nothing", async () => {
    const { author, reader } = await createArticleWithReader();
    const draft = await createArticle(author.id, { status: "draft" });
    const future = await createArticle(author.id, {
      status: "scheduled",
      publishedAt: new Date(Date.now() + 86_400_000),
    });
    const closed = await createArticle(author.id, { commentsOpen: false });
    const post = (articleId: number) =>
      postComment(reader, { articleId, parentId: null, body: "Hallo Welt", idempotencyKey: key() });
    expect(await commentRefusal(post(2_000_000_000))).toBe("article_not_found");
    expect(await commentRefusal(post(draft.id))).toBe("article_not_found");
    expect(await commentRefusal(post(future.id))).toBe("article_not_found");
    expect(await commentRefusal(post(closed.id))).toBe("comments_closed");
    for (const a of [draft, future, closed]) expect(await commentsOf(a.id)).toHaveLength(0);
  });

  it("closes comments automatically N days after publication when configured", async () => {
    const { author, reader } = await createArticleWithReader();
    const old = await createArticle(author.id, { publishedAt: new Date(Date.now() - 40 * 86_400_000) });
    await saveModerationSettings(moderationSettingsSchema.parse({ autoCloseAfterDays: 30 }));
    expect(
      await commentRefusal(
        postComment(reader, { articleId: old.id, parentId: null, body: "Zu spät?", idempotencyKey: key() }),
      ),
    ).toBe("comments_closed");
  });

  it("refuses empty, too short, too long text and strips control characters", async () => {
    const { article } = await createArticleWithReader();
    const reader = await createKnownReader(article.id);
    const post = (body: string) =>
      postComment(reader, { articleId: article.id, parentId: null, body, idempotencyKey: key() });
    expect(await commentRefusal(post(" \n\t \u0000 "))).toBe("empty");
    expect(await commentRefusal(post("a"))).toBe("too_short");
    expect(await commentRefusal(post("x".repeat(5001)))).toBe("too_long");
    const saved = await post("Hal\u0000lo\u0007 Welt\u001b");
    const [row] = await db.select().from(comments).where(eq(comments.id, saved.id));
    expect(row.body).toBe("Hallo Welt");
  });

  it("refuses a parent comment from another article", async () => {
    const { author, article, reader } = await createArticleWithReader();
    const other = await createArticle(author.id);
    const foreign = await createComment({
      articleId: other.id,
      authorId: author.id,
      body: "Anderswo",
      status: "approved",
    });
    expect(
      await commentRefusal(
        postComment(reader, { articleId: article.id, parentId: foreign.id, body: "Antwort", idempotencyKey: key() }),
      ),
    ).toBe("parent_invalid");
    expect(await commentsOf(article.id)).toHaveLength(0);
  });

  it("nests replies at most three levels deep", async () => {
    const { author, article } = await createArticleWithReader();
    const level1 = await createComment({
      articleId: article.id,
      authorId: author.id,
      body: "Ebene 1",
      status: "approved",
    });
    const level2 = await createComment({
      articleId: article.id,
      authorId: author.id,
      body: "Ebene 2",
      status: "approved",
      parentId: level1.id,
    });
    const level3 = await createComment({
      articleId: article.id,
      authorId: author.id,
      body: "Ebene 3",
      status: "approved",
      parentId: level2.id,
    });
    const reply = await postComment(author, {
      articleId: article.id,
      parentId: level3.id,
      body: "Antwort auf Ebene 3",
      idempotencyKey: key(),
    });
    const [row] = await db.select().from(comments).where(eq(comments.id, reply.id));
    expect(row.parentId).toBe(level2.id);
    const reply2 = await postComment(author, {
      articleId: article.id,
      parentId: level1.id,
      body: "Antwort auf Ebene 1",
      idempotencyKey: key(),
    });
    const [row2] = await db.select().from(comments).where(eq(comments.id, reply2.id));
    expect(row2.parentId).toBe(level1.id);
  });

  it("stores one comment for a retried or doubled submission with the same key", async () => {
    const { article } = await createArticleWithReader();
    const reader = await createKnownReader(article.id);
    const input = { articleId: article.id, parentId: null, body: "Doppelt abgeschickt", idempotencyKey: key() };
    const [a, b] = await Promise.all([postComment(reader, input), postComment(reader, input)]);
    expect(a.id).toBe(b.id);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    const retry = await postComment(reader, input);
    expect(retry).toMatchObject({ id: a.id, replayed: true });
    const rows = (await commentsOf(article.id)).filter((c) => c.body === "Doppelt abgeschickt");
    expect(rows).toHaveLength(1);
    // Other text under a used key is not a retry: refused, never swallowed as "saved".
    expect(await commentRefusal(postComment(reader, { ...input, body: "Ganz anderer Text" }))).toBe("stale_form");
  });
});
