import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { moderationEvents } from "@/db/schema";
import { logActivity } from "@/server/activity/activity-log";
import { deleteArticlePermanently, restoreArticle, trashArticle } from "@/server/articles/article-trash";
import { createArticle as saveNewArticle, unpublishArticle, updateArticle } from "@/server/articles/article-writes";
import { banUser, changeUserRole, unbanUser } from "@/server/accounts/users";
import { editCommentAsModerator, moderateComments } from "@/server/moderation/moderation";
import { createPage, deletePage, unpublishPage } from "@/server/pages/page-writes";
import { moderationSettingsSchema, saveModerationSettings } from "@/server/site/settings";
import { saveSharingSettings } from "@/server/site/share-image";
import { activitySince, createArticle, createComment, createUser, errorOf, lastActivityId } from "@/tests/data";

/** Runs one call and returns the log rows it wrote. */
async function logged(call: () => Promise<unknown>) {
  const since = await lastActivityId();
  await call();
  return activitySince(since);
}

describe("the activity log: one row per action, written with it", () => {
  it("logs comment moderation with the comment, its article and both statuses", async () => {
    const admin = await createUser("admin");
    const author = await createUser("author");
    const article = await createArticle(author.id);
    const comment = await createComment({ articleId: article.id, body: "Ein Kommentar", status: "pending" });
    for (const [action, to] of [
      ["approve", "approved"],
      ["spam", "spam"],
      ["not_spam", "approved"],
      ["trash", "trash"],
    ] as const) {
      const rows = await logged(() => moderateComments(admin.current, [comment.id], action, { strict: true }));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        actorId: admin.id,
        action,
        subjectType: "comment",
        subjectId: String(comment.id),
        subjectLabel: article.title,
        commentId: comment.id,
      });
      const [event] = await db.select().from(moderationEvents).where(eq(moderationEvents.id, rows[0].id));
      expect(event.toStatus).toBe(to);
    }
    const deleted = await logged(() => moderateComments(admin.current, [comment.id], "delete", { strict: true }));
    expect(deleted).toMatchObject([{ action: "delete", subjectId: String(comment.id), commentId: null }]);
  });

  it("logs a moderator's edit of a comment", async () => {
    const author = await createUser("author");
    const article = await createArticle(author.id);
    const comment = await createComment({ articleId: article.id, body: "Vorher", status: "approved" });
    const rows = await logged(() => editCommentAsModerator(author.current, comment.id, "Nachher, geändert"));
    expect(rows).toMatchObject([{ actorId: author.id, action: "edit", subjectType: "comment" }]);
  });

  it("logs role changes, bans and lifted bans with the account's name", async () => {
    const admin = await createUser("admin");
    const target = await createUser("reader");
    const role = await logged(() => changeUserRole(admin.current, target.id, "author"));
    const ban = await logged(() => banUser(admin.current, target.id, "Beleidigungen"));
    const unban = await logged(() => unbanUser(admin.current, target.id));
    for (const [rows, action] of [
      [role, "user.role"],
      [ban, "user.ban"],
      [unban, "user.unban"],
    ] as const)
      expect(rows).toMatchObject([
        { actorId: admin.id, action, subjectType: "user", subjectId: target.id, subjectLabel: target.name },
      ]);
    expect(ban[0].note).toBe("Beleidigungen");
  });

  it("logs settings only when a field changed, naming the fields", async () => {
    const admin = await createUser("admin");
    // From the defaults, whatever an earlier test file left saved.
    await saveModerationSettings(moderationSettingsSchema.parse({}), admin.id);
    const changed = await logged(() =>
      saveModerationSettings(moderationSettingsSchema.parse({ linkThreshold: 7, blockWords: ["gurke"] }), admin.id),
    );
    expect(changed).toMatchObject([{ actorId: admin.id, action: "settings.moderation", subjectId: "moderation" }]);
    expect(changed[0].note).toBe("blockWords, linkThreshold");
    const same = await logged(() =>
      saveModerationSettings(moderationSettingsSchema.parse({ linkThreshold: 7, blockWords: ["gurke"] }), admin.id),
    );
    expect(same).toEqual([]);
    await saveModerationSettings(moderationSettingsSchema.parse({}), admin.id);
    const sharing = await logged(() => saveSharingSettings({ defaultImage: "/media/teilen.webp" }, admin.id));
    expect(sharing).toMatchObject([{ action: "settings.sharing", note: "defaultImage" }]);
    await saveSharingSettings({ defaultImage: "" }, admin.id);
  });

  it("logs publishing, unpublishing, trash, restore and deletion of articles, not plain saves", async () => {
    const admin = await createUser("admin");
    const author = await createUser("author");
    const { categoryId } = await createArticle(author.id);
    const input = (status: "draft" | "published") => ({
      title: "Protokollierter Artikel",
      slug: "",
      excerpt: "",
      body: "Text",
      categoryId,
      tags: [],
      coverImage: "",
      commentsOpen: true,
      status,
      scheduledFor: null,
    });
    let id = 0;
    const draft = await logged(async () => (id = (await saveNewArticle(author.current, input("draft"))).id));
    expect(draft).toEqual([]);
    const published = await logged(() => updateArticle(author.current, id, input("published")));
    expect(published).toMatchObject([
      { actorId: author.id, action: "article.publish", subjectType: "article", subjectId: String(id) },
    ]);
    expect(await logged(() => updateArticle(author.current, id, input("published")))).toEqual([]);
    expect(await logged(() => unpublishArticle(author.current, id))).toMatchObject([{ action: "article.unpublish" }]);
    expect(await logged(() => trashArticle(author.current, id))).toMatchObject([{ action: "article.trash" }]);
    expect(await logged(() => restoreArticle(author.current, id))).toMatchObject([{ action: "article.restore" }]);
    await trashArticle(admin.current, id);
    const gone = await logged(() => deleteArticlePermanently(admin.current, id));
    expect(gone).toMatchObject([
      { actorId: admin.id, action: "article.delete", subjectLabel: "Protokollierter Artikel" },
    ]);
  });

  it("logs publishing, unpublishing and deleting pages", async () => {
    const admin = await createUser("admin");
    let id = 0;
    const created = await logged(async () => {
      id = (
        await createPage(admin.current, {
          title: "Protokollseite",
          slug: "",
          excerpt: "",
          body: "Text",
          coverImage: "",
          status: "published",
        })
      ).id;
    });
    expect(created).toMatchObject([{ action: "page.publish", subjectType: "page", subjectId: String(id) }]);
    expect(await logged(() => unpublishPage(admin.current, id))).toMatchObject([{ action: "page.unpublish" }]);
    expect(await logged(() => deletePage(admin.current, id))).toMatchObject([
      { action: "page.delete", subjectLabel: "Protokollseite" },
    ]);
  });
});

describe("a failed action logs nothing", () => {
  it("leaves no row when the action is refused or its transaction rolls back", async () => {
    const admin = await createUser("admin");
    const author = await createUser("author");
    const other = await createUser("author");
    const article = await createArticle(other.id);
    const comment = await createComment({ articleId: article.id, body: "Fremder Kommentar", status: "pending" });
    const page = await createPage(admin.current, {
      title: "Bleibt",
      slug: "",
      excerpt: "",
      body: "",
      coverImage: "",
      status: "draft",
    });
    const since = await lastActivityId();
    expect((await errorOf(moderateComments(author.current, [comment.id], "spam", { strict: true }))).kind).toBe(
      "forbidden",
    );
    expect((await errorOf(banUser(admin.current, admin.id, "selbst"))).kind).toBe("forbidden");
    expect((await errorOf(deletePage(author.current, page.id))).kind).toBe("forbidden");
    expect((await errorOf(deleteArticlePermanently(admin.current, article.id))).publicKey).toBe(
      "trash.errors.notInTrash",
    );
    // The row is part of its caller's transaction: a failure after it takes the row back too.
    await expect(
      db.transaction(async (tx) => {
        await logActivity(tx, { actorId: admin.id, action: "user.ban", subject: { type: "user", id: author.id } });
        throw new Error("später gescheitert");
      }),
    ).rejects.toThrow("später gescheitert");
    expect(await activitySince(since)).toEqual([]);
  });
});
