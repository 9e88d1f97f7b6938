import { desc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments, moderationEvents } from "@/db/schema";
import { createArticle, createComment, createUser, denial } from "@/tests/data";
import {
  countCommentsByStatus,
  editCommentAsModerator,
  getCommentHistory,
  listModerationQueue,
  moderateComments,
  moderateMatching,
  QUEUE_PAGE_SIZE,
  setArticleCommentsOpen,
} from "@/server/moderation/moderation";

async function twoAuthors() {
  const alice = await createUser("author");
  const bob = await createUser("author");
  const reader = await createUser("reader");
  const aliceArticle = await createArticle(alice.id);
  const bobArticle = await createArticle(bob.id);
  return { alice, bob, reader, aliceArticle, bobArticle };
}

async function statusOf(id: number) {
  const [row] = await db.select({ status: comments.status }).from(comments).where(eq(comments.id, id));
  return row?.status ?? "deleted";
}

describe("moderation scope", () => {
  it("lets an author act on comments on their own articles only, and admins on all", async () => {
    const { alice, bob, reader, bobArticle } = await twoAuthors();
    const admin = await createUser("admin");
    const c = await createComment({
      articleId: bobArticle.id,
      authorId: reader.id,
      body: "Bei Bob",
      status: "pending",
    });

    for (const action of ["approve", "spam", "trash", "delete"] as const) {
      expect(await denial(moderateComments(alice, [c.id], action, { strict: true }))).toBe("forbidden");
    }
    expect(await denial(editCommentAsModerator(alice, c.id, "Von Alice geändert"))).toBe("forbidden");
    expect(await denial(getCommentHistory(alice, c.id))).toBe("forbidden");
    expect(await denial(setArticleCommentsOpen(alice, bobArticle.id, false))).toBe("forbidden");
    expect(await statusOf(c.id)).toBe("pending");
    expect(await db.select().from(moderationEvents).where(eq(moderationEvents.commentId, c.id))).toHaveLength(0);

    const readerMod = { id: reader.id, role: "reader" as const };
    expect(await denial(moderateComments(readerMod, [c.id], "approve", { strict: true }))).toBe("forbidden");
    expect(await denial(moderateComments(alice, [2_000_000_000], "approve", { strict: true }))).toBe("not_found");

    expect((await moderateComments(bob, [c.id], "approve", { strict: true })).changed).toEqual([c.id]);
    expect((await moderateComments(admin, [c.id], "unapprove", { strict: true })).changed).toEqual([c.id]);
    expect(await statusOf(c.id)).toBe("pending");
  });

  it("applies a bulk action only to the comments in scope", async () => {
    const { alice, reader, aliceArticle, bobArticle } = await twoAuthors();
    const mine = await createComment({
      articleId: aliceArticle.id,
      authorId: reader.id,
      body: "Bei Alice",
      status: "pending",
    });
    const theirs = await createComment({
      articleId: bobArticle.id,
      authorId: reader.id,
      body: "Bei Bob",
      status: "pending",
    });
    const result = await moderateComments(alice, [mine.id, theirs.id], "approve", { strict: false });
    expect(result.changed).toEqual([mine.id]);
    expect(await statusOf(theirs.id)).toBe("pending");
  });

  it("counts and lists only what the moderator may see, with emails for admins only", async () => {
    const { alice, reader, aliceArticle, bobArticle } = await twoAuthors();
    await createComment({ articleId: aliceArticle.id, authorId: reader.id, body: "Eins", status: "pending" });
    await createComment({ articleId: bobArticle.id, authorId: reader.id, body: "Zwei", status: "pending" });
    expect(await countCommentsByStatus(alice)).toEqual({ pending: 1, approved: 0, spam: 0, trash: 0, reported: 0 });
    const queue = await listModerationQueue(alice, { status: "pending" });
    expect(queue.rows.map((r) => r.body)).toEqual(["Eins"]);
    expect(queue.rows[0].author.email).toBeNull();
    const admin = await createUser("admin");
    const all = await listModerationQueue(admin, { status: "pending", commenterId: reader.id });
    expect(all.rows).toHaveLength(2);
    expect(all.rows[0].author.email).toBe(reader.email);
  });
});

describe("moderation actions", () => {
  it("moves comments between statuses and writes an audit row for each step", async () => {
    const { alice, reader, aliceArticle } = await twoAuthors();
    const c = await createComment({
      articleId: aliceArticle.id,
      authorId: reader.id,
      body: "Zu prüfen",
      status: "pending",
    });
    const steps: [Parameters<typeof moderateComments>[2], string][] = [
      ["approve", "approved"],
      ["spam", "spam"],
      ["not_spam", "approved"],
      ["trash", "trash"],
      ["restore", "approved"],
      ["unapprove", "pending"],
    ];
    for (const [action, expected] of steps) {
      await moderateComments(alice, [c.id], action, { strict: true });
      expect(await statusOf(c.id)).toBe(expected);
    }
    // delete only from spam or trash
    expect((await moderateComments(alice, [c.id], "delete", { strict: true })).changed).toEqual([]);
    await editCommentAsModerator(alice, c.id, "Geprüft und korrigiert");
    const history = await getCommentHistory(alice, c.id);
    expect(history.map((h) => [h.action, h.fromStatus, h.toStatus])).toEqual([
      ["approve", "pending", "approved"],
      ["spam", "approved", "spam"],
      ["not_spam", "spam", "approved"],
      ["trash", "approved", "trash"],
      ["restore", "trash", "approved"],
      ["unapprove", "approved", "pending"],
      ["edit", "pending", "pending"],
    ]);
    expect(history.at(-1)?.oldBody).toBe("Zu prüfen");
    await moderateComments(alice, [c.id], "trash", { strict: true });
    await moderateComments(alice, [c.id], "delete", { strict: true });
    expect(await statusOf(c.id)).toBe("deleted");
  });

  it("acts on all comments matching a filter", async () => {
    const { alice, reader, aliceArticle } = await twoAuthors();
    const made = await Promise.all(
      ["Werbung eins", "Werbung zwei", "Echter Beitrag"].map((body) =>
        createComment({ articleId: aliceArticle.id, authorId: reader.id, body, status: "pending" }),
      ),
    );
    const result = await moderateMatching(
      alice,
      { status: "pending", articleId: aliceArticle.id, q: "werbung" },
      "spam",
    );
    expect(result.changed.sort()).toEqual([made[0].id, made[1].id].sort());
    const rows = await db
      .select()
      .from(comments)
      .where(
        inArray(
          comments.id,
          made.map((m) => m.id),
        ),
      );
    expect(rows.filter((r) => r.status === "spam")).toHaveLength(2);
  });
});

describe("queue pagination", () => {
  it("pages newest first by keyset without repeating or skipping rows that share a timestamp", async () => {
    const { alice, reader, aliceArticle } = await twoAuthors();
    const sameTime = new Date("2026-10-01T12:00:00Z");
    const ids: number[] = [];
    for (let i = 0; i < QUEUE_PAGE_SIZE * 2 + 7; i++) {
      const c = await createComment({
        articleId: aliceArticle.id,
        authorId: reader.id,
        body: `Gleichzeitig ${i}`,
        status: "spam",
        createdAt: i % 10 === 0 ? new Date(sameTime.getTime() + i) : sameTime,
      });
      ids.push(c.id);
    }
    const seen: number[] = [];
    let before: number | undefined;
    let pages = 0;
    do {
      const page = await listModerationQueue(alice, { status: "spam", articleId: aliceArticle.id }, before);
      seen.push(...page.rows.map((r) => r.id));
      before = page.nextBefore ?? undefined;
      pages++;
    } while (before);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(ids.length);
    const expected = await db
      .select({ id: comments.id })
      .from(comments)
      .where(inArray(comments.id, ids))
      .orderBy(desc(comments.createdAt), desc(comments.id));
    expect(seen).toEqual(expected.map((r) => r.id));
  });
});
