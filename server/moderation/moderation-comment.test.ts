import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments, moderationEvents, users } from "@/db/schema";
import { createArticle, createComment, createUser, denial } from "@/tests/data";
import { banCommenter, getCommentDetail } from "@/server/moderation/moderation-comment";

describe("banCommenter", () => {
  it("bans the comment's author and sends all their pending comments to spam in one step, with audit rows", async () => {
    const admin = await createUser("admin");
    const author = await createUser("author");
    const troll = await createUser("reader");
    const a1 = await createArticle(author.id);
    const a2 = await createArticle(author.id);
    const held = await createComment({ articleId: a1.id, authorId: troll.id, body: "Kauft jetzt", status: "pending" });
    const held2 = await createComment({ articleId: a2.id, authorId: troll.id, body: "Noch mehr", status: "pending" });
    const approved = await createComment({
      articleId: a1.id,
      authorId: troll.id,
      body: "Früher nett",
      status: "approved",
    });

    const result = await banCommenter(admin, held.id, "Werbung", true);
    expect(result.userId).toBe(troll.id);
    expect(result.spammed.sort()).toEqual([held.id, held2.id].sort());
    expect(result.articleIds.sort()).toEqual([a1.id, a2.id].sort());

    const [user] = await db.select().from(users).where(eq(users.id, troll.id));
    expect(user.bannedAt).not.toBeNull();
    expect(user.banReason).toBe("Werbung");
    expect(user.sessionVersion).toBe(troll.sessionVersion + 1);
    const rows = await db
      .select()
      .from(comments)
      .where(inArray(comments.id, [held.id, held2.id, approved.id]))
      .orderBy(comments.id);
    expect(rows.map((r) => r.status)).toEqual(["spam", "spam", "approved"]);
    const events = await db
      .select()
      .from(moderationEvents)
      .where(inArray(moderationEvents.commentId, [held.id, held2.id]))
      .orderBy(moderationEvents.id);
    expect(events.map((e) => [e.commentId, e.action, e.fromStatus, e.toStatus])).toEqual([
      [held.id, "user.ban", null, null],
      [held.id, "spam", "pending", "spam"],
      [held2.id, "spam", "pending", "spam"],
    ]);
  });

  it("bans without touching comments when asked to, and refuses non-admins, missing comments and oneself", async () => {
    const admin = await createUser("admin");
    const author = await createUser("author");
    const reader = await createUser("reader");
    const article = await createArticle(author.id);
    const held = await createComment({ articleId: article.id, authorId: reader.id, body: "Hallo", status: "pending" });
    const own = await createComment({ articleId: article.id, authorId: admin.id, body: "Von mir", status: "approved" });

    expect(await denial(banCommenter(author, held.id, "Nein", true))).toBe("forbidden");
    expect(await denial(banCommenter(admin, 2_000_000_000, "Weg", true))).toBe("not_found");
    expect(await denial(banCommenter(admin, own.id, "Ich", true))).toBe("invalid");
    expect(await denial(banCommenter(admin, held.id, "   ", true))).toBe("invalid");
    const [unchanged] = await db.select().from(users).where(eq(users.id, reader.id));
    expect(unchanged.bannedAt).toBeNull();

    const result = await banCommenter(admin, held.id, "Nur sperren", false);
    expect(result.spammed).toEqual([]);
    const [row] = await db.select({ status: comments.status }).from(comments).where(eq(comments.id, held.id));
    expect(row.status).toBe("pending");
  });
});

describe("getCommentDetail", () => {
  it("shows the comment with its parent to its moderator, the email to admins only", async () => {
    const admin = await createUser("admin");
    const author = await createUser("author");
    const other = await createUser("author");
    const reader = await createUser("reader");
    const article = await createArticle(author.id);
    const parent = await createComment({
      articleId: article.id,
      authorId: author.id,
      body: "Erster Beitrag",
      status: "approved",
    });
    const reply = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Antwort",
      status: "pending",
      parentId: parent.id,
    });

    const forAuthor = await getCommentDetail(author, reply.id);
    expect(forAuthor.parent).toEqual({ id: parent.id, authorName: author.name, body: "Erster Beitrag" });
    expect(forAuthor.author.email).toBeNull();
    expect(forAuthor.article.slug).toBe(article.slug);
    expect((await getCommentDetail(admin, reply.id)).author.email).toBe(reader.email);
    expect(await denial(getCommentDetail(other, reply.id))).toBe("forbidden");
    expect(await denial(getCommentDetail(author, 2_000_000_000))).toBe("not_found");
  });
});
