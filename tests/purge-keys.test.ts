import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { cacheKey } from "@/lib/cache-keys";
import { sponsorSchema } from "@/lib/sponsor-schema";
import { createArticle, createComment, createUser } from "@/tests/data";
import { listenForPurges, type PurgeListener } from "@/tests/purge-keys";
import { changeDisplayName, changePassword, deleteAccount } from "@/server/accounts/account";
import { editCommentAsModerator, moderateComments } from "@/server/moderation/moderation";
import { moderationSettingsSchema, saveModerationSettings } from "@/server/site/settings";
import { createSponsor } from "@/server/site/sponsor-admin";
import { banUser } from "@/server/accounts/users";

// What each kind of write publishes on the purge channel (db/migrations/0008_purge_keys.sql).
// Articles, tags and categories: tests/purge-keys-articles.test.ts.

let listener: PurgeListener;
beforeAll(async () => {
  listener = await listenForPurges(inject("databaseUrl"));
});
afterAll(() => listener.close());

const keysOf = async (write: () => Promise<unknown>) => (await listener.published(write)).keys;
const sorted = (...keys: string[]) => [...new Set(keys)].sort();

describe("moderation", () => {
  it("approving, spamming and editing publish the thread only when an approved comment is involved", async () => {
    const author = await createUser("author");
    const admin = await createUser("admin");
    const reader = await createUser("reader");
    const article = await createArticle(author.id);
    const unrelated = await createArticle(author.id);
    const held = await createComment({ articleId: article.id, authorId: reader.id, body: "Wartet", status: "pending" });
    const thread = sorted(cacheKey.comments(article.id), cacheKey.moderation, cacheKey.user(reader.id));
    const queuesOnly = sorted(cacheKey.moderation, cacheKey.user(reader.id));

    const approved = await keysOf(() => moderateComments(admin, [held.id], "approve", { strict: true }));
    expect(approved).toEqual(thread);
    expect(approved).not.toContain(cacheKey.comments(unrelated.id));
    expect(await keysOf(() => editCommentAsModerator(admin, held.id, "Vom Moderator gekürzt"))).toEqual(thread);
    expect(await keysOf(() => moderateComments(admin, [held.id], "spam", { strict: true }))).toEqual(thread);
    // Between states readers never see: the queues and the commenter's own pages only.
    expect(await keysOf(() => moderateComments(admin, [held.id], "trash", { strict: true }))).toEqual(queuesOnly);
    expect(await keysOf(() => moderateComments(admin, [held.id], "delete", { strict: true }))).toEqual(queuesOnly);
  });
});

describe("users", () => {
  async function authorWithComment() {
    const user = await createUser("author");
    const own = await createArticle(user.id);
    const other = await createArticle((await createUser("author")).id);
    await createComment({
      articleId: other.id,
      authorId: user.id,
      body: "Ein freigegebener Kommentar",
      status: "approved",
    });
    return { user, own, other };
  }

  it("a rename or a ban purges the author page, their articles and the threads they commented in", async () => {
    const { user, own, other } = await authorWithComment();
    const admin = await createUser("admin");
    const shown = sorted(
      cacheKey.user(user.id),
      cacheKey.author(user.id),
      cacheKey.article(own.id),
      cacheKey.comments(other.id),
    );
    expect(await keysOf(() => changeDisplayName(user.current, "Neuer Name"))).toEqual(shown);
    expect(await keysOf(() => banUser(admin.current, user.id, "Test"))).toEqual(shown);
  });

  it("a change readers never see (password, session version) purges only the user's own pages", async () => {
    const { user } = await authorWithComment();
    expect(await keysOf(() => changePassword(user.current, user.password, "ein-anderes-langes-passwort"))).toEqual([
      cacheKey.user(user.id),
    ]);
  });

  it("a deleted account purges the threads its kept comments are in", async () => {
    const author = await createUser("author");
    const article = await createArticle(author.id);
    const reader = await createUser();
    await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Bleibt anonym stehen",
      status: "approved",
    });
    const keys = await keysOf(() => deleteAccount(reader.current, { comments: "keep", password: reader.password }));
    expect(keys).toEqual(
      sorted(cacheKey.user(reader.id), cacheKey.author(reader.id), cacheKey.comments(article.id), cacheKey.moderation),
    );
  });
});

describe("the site frame", () => {
  it("sponsors and settings purge the layout", async () => {
    const admin = await createUser("admin");
    const sponsor = sponsorSchema.parse({ title: "Agentur", url: "https://agentur.example", position: "sidebar" });
    expect(await keysOf(() => createSponsor(admin.current, sponsor))).toEqual([cacheKey.layout]);
    expect(
      await keysOf(() => saveModerationSettings(moderationSettingsSchema.parse({ autoCloseAfterDays: 30 }))),
    ).toEqual([cacheKey.layout]);
    await saveModerationSettings(moderationSettingsSchema.parse({}));
  });
});

describe("bulk changes", () => {
  it("splits many keys into payloads below 8,000 bytes, and publishes `all` past 2,000 keys", async () => {
    const emails = (n: number, label: string) =>
      Array.from({ length: n }, (_, i) => `bulk-${label}-${i}-${process.pid}-${Date.now()}@example.test`);
    const many = await listener.published(() => db.insert(users).values(emails(1500, "a").map((email) => ({ email }))));
    expect(many.payloads.length).toBeGreaterThan(1);
    for (const payload of many.payloads) expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    expect(many.keys).toHaveLength(1500);
    expect(many.keys.every((k) => k.startsWith("user:"))).toBe(true);

    await db.insert(users).values(emails(600, "b").map((email) => ({ email })));
    const bulk = sql`${users.email} like ${"bulk-%"}`;
    const everything = { keys: ["all"], payloads: ["all"] };
    expect(
      await listener.published(() =>
        db
          .update(users)
          .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
          .where(bulk),
      ),
    ).toEqual(everything);
    expect(await listener.published(() => db.delete(users).where(bulk))).toEqual(everything);
  });

  it("a TRUNCATE publishes `all`", async () => {
    // A table no later test reads: only redirects left by finished tests go.
    expect(await listener.published(() => db.execute(sql`truncate taxonomy_slug_redirects`))).toEqual({
      keys: ["all"],
      payloads: ["all"],
    });
  });
});
