import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { commentReports, comments, moderationEvents } from "@/db/schema";
import { createArticle, createComment, createUser, errorOf } from "@/tests/data";
import { reportComment, type Reporter } from "@/server/comments/comment-reports";
import { countCommentsByStatus, listModerationQueue, moderateComments } from "@/server/moderation/moderation";
import { getModerationSettings, saveModerationSettings } from "@/server/site/settings";

async function setup() {
  const author = await createUser("author");
  const writer = await createUser("reader");
  const article = await createArticle(author.id);
  const comment = await createComment({
    articleId: article.id,
    authorId: writer.id,
    body: "Ein gemeldeter Kommentar",
    status: "approved",
  });
  return { author, writer, article, comment };
}

const statusOf = async (id: number) =>
  (await db.select({ status: comments.status }).from(comments).where(eq(comments.id, id)))[0]?.status;
const reportsOf = (id: number) => db.select().from(commentReports).where(eq(commentReports.commentId, id));
let address = 0;
const anonymous = (): Reporter => ({ userId: null, address: `203.0.113.${++address}` });
const signedIn = async (): Promise<Reporter> => ({ userId: (await createUser("reader")).id, address: "198.51.100.7" });

describe("reader reports", () => {
  const saved = getModerationSettings();
  afterEach(async () => saveModerationSettings(await saved));

  it("holds a comment at the third report from different readers, and not before", async () => {
    const { author, comment } = await setup();
    expect(await reportComment(await signedIn(), comment.id, "spam", "")).toEqual({ held: false, reports: 1 });
    expect(await reportComment(anonymous(), comment.id, "abuse", "  gemein  ")).toEqual({ held: false, reports: 2 });
    expect(await statusOf(comment.id)).toBe("approved");
    expect(await reportComment(await signedIn(), comment.id, "other", "")).toEqual({ held: true, reports: 3 });
    expect(await statusOf(comment.id)).toBe("pending");
    const [event] = await db.select().from(moderationEvents).where(eq(moderationEvents.commentId, comment.id));
    expect(event).toMatchObject({ action: "auto_hold", fromStatus: "approved", toStatus: "pending", actorId: null });
    expect((await reportsOf(comment.id)).map((r) => r.note)).toEqual([null, "gemein", null]);

    // The article's author finds it under "Gemeldet"; a held comment can be reported no more.
    const mod = { id: author.id, role: "author" as const };
    const queue = await listModerationQueue(mod, { status: "reported" });
    expect(queue.rows.map((r) => [r.id, r.reportCount])).toEqual([[comment.id, 3]]);
    expect((await countCommentsByStatus(mod)).reported).toBe(1);
    expect((await errorOf(reportComment(anonymous(), comment.id, "spam", ""))).kind).toBe("not_found");
  });

  it("counts concurrent reports exactly: the threshold's report holds it once", async () => {
    await saveModerationSettings({ ...(await saved), reportThreshold: 2 });
    const { comment } = await setup();
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map(() => reportComment(anonymous(), comment.id, "spam", "")),
    );
    // Two reports count (the second holds it); the later ones find it held already.
    const counted = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(counted.map((r) => r.held).sort()).toEqual([false, true]);
    expect(await reportsOf(comment.id)).toHaveLength(2);
    expect(await statusOf(comment.id)).toBe("pending");
    const holds = await db.select().from(moderationEvents).where(eq(moderationEvents.commentId, comment.id));
    expect(holds).toHaveLength(1);
  }, 30_000);

  it("refuses a second report by the same reader, by account or by address", async () => {
    const { comment } = await setup();
    const reader = await signedIn();
    await reportComment(reader, comment.id, "spam", "");
    const again = await errorOf(reportComment({ ...reader, address: "192.0.2.99" }, comment.id, "abuse", ""));
    expect([again.kind, again.publicKey]).toEqual(["conflict", "report.duplicate"]);
    const guest = anonymous();
    await reportComment(guest, comment.id, "spam", "");
    expect((await errorOf(reportComment(guest, comment.id, "spam", ""))).publicKey).toBe("report.duplicate");
    expect(await reportsOf(comment.id)).toHaveLength(2);
    expect(await statusOf(comment.id)).toBe("approved");
  });

  it("refuses reporting one's own comment, and limits anonymous reports per address", async () => {
    const { writer, comment, article } = await setup();
    const own = await errorOf(reportComment({ userId: writer.id, address: "192.0.2.1" }, comment.id, "spam", ""));
    expect(own.publicKey).toBe("report.own");
    const flooder = anonymous();
    for (let i = 0; i < 10; i++) {
      const other = await createComment({ articleId: article.id, body: `Kommentar ${i}`, status: "approved" });
      await reportComment(flooder, other.id, "spam", "");
    }
    const limited = await errorOf(reportComment(flooder, comment.id, "spam", ""));
    expect([limited.kind, limited.publicKey]).toEqual(["rate_limited", "report.tooMany"]);
    expect(await reportsOf(comment.id)).toHaveLength(0);
  });

  it("dismissing clears the reports and publishes a held comment again; only in the moderator's scope", async () => {
    const { author, comment } = await setup();
    for (let i = 0; i < 3; i++) await reportComment(anonymous(), comment.id, "spam", "");
    const stranger = { id: (await createUser("author")).id, role: "author" as const };
    expect((await errorOf(moderateComments(stranger, [comment.id], "dismiss", { strict: true }))).kind).toBe(
      "forbidden",
    );
    const mod = { id: author.id, role: "author" as const };
    expect((await moderateComments(mod, [comment.id], "dismiss", { strict: true })).changed).toEqual([comment.id]);
    expect(await statusOf(comment.id)).toBe("approved");
    expect(await reportsOf(comment.id)).toHaveLength(0);
    expect((await listModerationQueue(mod, { status: "reported" })).rows).toHaveLength(0);
    // Nothing left to dismiss: nothing changes.
    expect((await moderateComments(mod, [comment.id], "dismiss", { strict: true })).changed).toEqual([]);
  });

  it("a reported comment below the threshold can be trashed as usual and leaves the queue", async () => {
    const { author, comment } = await setup();
    await reportComment(anonymous(), comment.id, "abuse", "");
    const mod = { id: author.id, role: "author" as const };
    expect((await listModerationQueue(mod, { status: "reported" })).rows.map((r) => r.id)).toEqual([comment.id]);
    await moderateComments(mod, [comment.id], "trash", { strict: true });
    expect((await listModerationQueue(mod, { status: "reported" })).rows).toHaveLength(0);
  });
});
