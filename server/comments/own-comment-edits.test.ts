import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments, moderationEvents } from "@/db/schema";
import {
  commentRefusal,
  commentsOf,
  createArticleWithReader,
  createComment,
  createKnownReader,
  createUser,
  key,
} from "@/tests/data";
import { postComment } from "@/server/comments/comment-writes";
import { deleteOwnComment, editOwnComment } from "@/server/comments/own-comment-edits";

// A commenter editing and deleting her own comments (server/comments/own-comment-edits.ts).

const longAgo = new Date(Date.now() - 86_400_000);

describe("a commenter's own comments", () => {
  it("can be edited within ten minutes, keeping the old text in the audit log", async () => {
    const { article } = await createArticleWithReader();
    const reader = await createKnownReader(article.id);
    const posted = await postComment(reader, {
      articleId: article.id,
      parentId: null,
      body: "Tippfeler",
      idempotencyKey: key(),
    });
    await editOwnComment(reader, posted.id, "Tippfehler");
    const [row] = await db.select().from(comments).where(eq(comments.id, posted.id));
    expect(row.body).toBe("Tippfehler");
    expect(row.editedAt).not.toBeNull();
    const events = await db.select().from(moderationEvents).where(eq(moderationEvents.commentId, posted.id));
    expect(events.map((e) => e.oldBody)).toEqual(["Tippfeler"]);

    const other = await createUser("reader");
    expect(await commentRefusal(editOwnComment(other, posted.id, "Übernommen"))).toBe("forbidden");
    const old = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Alt",
      status: "approved",
      createdAt: longAgo,
    });
    expect(await commentRefusal(editOwnComment(reader, old.id, "Neu"))).toBe("edit_window_over");
  });

  it("can be deleted, keeping replies", async () => {
    const { author, article } = await createArticleWithReader();
    const reader = await createKnownReader(article.id);
    const parent = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Wird gelöscht",
      status: "approved",
    });
    const reply = await createComment({
      articleId: article.id,
      authorId: author.id,
      body: "Antwort bleibt",
      status: "approved",
      parentId: parent.id,
    });
    await deleteOwnComment(reader, parent.id);
    const rows = await commentsOf(article.id);
    expect(rows.find((c) => c.id === parent.id)).toMatchObject({ body: "" });
    expect(rows.find((c) => c.id === parent.id)?.deletedAt).not.toBeNull();
    expect(rows.find((c) => c.id === reply.id)).toMatchObject({ parentId: parent.id, body: "Antwort bleibt" });
  });
});
