import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments, users } from "@/db/schema";
import { changePassword, deleteAccount, exportAccountData, listOwnComments } from "@/server/accounts/account";
import { verifyPassword } from "@/server/accounts/passwords";
import { createArticle, createComment, createUser, errorOf, getUserRow } from "@/tests/data";

async function commenterWithComments() {
  const author = await createUser("author");
  const article = await createArticle(author.id);
  const user = await createUser();
  const other = await createUser();
  const own = await createComment({
    articleId: article.id,
    authorId: user.id,
    body: "Mein erster Kommentar",
    status: "approved",
  });
  const reply = await createComment({
    articleId: article.id,
    authorId: other.id,
    body: "Eine Antwort darauf",
    status: "approved",
    parentId: own.id,
  });
  const second = await createComment({
    articleId: article.id,
    authorId: user.id,
    body: "Mein zweiter Kommentar",
    status: "approved",
  });
  return { user, article, own, reply, second };
}

describe("account", () => {
  it("lists one's own comments, newest first, with the article", async () => {
    const { user, article, own, second } = await commenterWithComments();
    const list = await listOwnComments(user.current);
    expect(list.map((c) => c.id)).toEqual([second.id, own.id]);
    expect(list[0].article).toEqual({ slug: article.slug, title: article.title });
  });

  it("deletes the account and keeps the comments as a deleted user's", async () => {
    const { user, own, second, reply } = await commenterWithComments();
    await deleteAccount(user.current, { comments: "keep", password: user.password });
    expect(await getUserRow(user.id)).toBeUndefined();
    const kept = await db.select().from(comments).where(eq(comments.id, own.id));
    expect(kept[0]).toMatchObject({ authorId: null, body: "Mein erster Kommentar" });
    expect((await db.select().from(comments).where(eq(comments.id, second.id)))[0].authorId).toBeNull();
    expect((await db.select().from(comments).where(eq(comments.id, reply.id)))[0].parentId).toBe(own.id);
  });

  it("deletes the account together with its comments; replies by others stay", async () => {
    const { user, own, second, reply } = await commenterWithComments();
    await deleteAccount(user.current, { comments: "remove", password: user.password });
    expect(await getUserRow(user.id)).toBeUndefined();
    expect(await db.select().from(comments).where(eq(comments.id, own.id))).toEqual([]);
    expect(await db.select().from(comments).where(eq(comments.id, second.id))).toEqual([]);
    const [left] = await db.select().from(comments).where(eq(comments.id, reply.id));
    expect(left).toMatchObject({ parentId: null, body: "Eine Antwort darauf" });
  });

  it("refuses deletion with a wrong password, and for authors of articles, changing nothing", async () => {
    const { user, own } = await commenterWithComments();
    expect(
      (await errorOf(deleteAccount(user.current, { comments: "remove", password: "falsch-falsch" }))).publicKey,
    ).toBe("errors.currentPasswordWrong");
    expect(await getUserRow(user.id)).toBeDefined();
    expect(await db.select().from(comments).where(eq(comments.id, own.id))).toHaveLength(1);

    const author = await createUser("author");
    const article = await createArticle(author.id);
    const comment = await createComment({
      articleId: article.id,
      authorId: author.id,
      body: "Autorenkommentar",
      status: "approved",
    });
    expect(
      (await errorOf(deleteAccount(author.current, { comments: "remove", password: author.password }))).publicKey,
    ).toBe("account.deleteHasArticles");
    expect(await db.select().from(comments).where(eq(comments.id, comment.id))).toHaveLength(1); // rolled back
  });

  it("changes the password only with the current one, and ends all sessions", async () => {
    const user = await createUser();
    expect((await errorOf(changePassword(user.current, "falsch-falsch", "ganz-neues-passwort"))).publicKey).toBe(
      "errors.currentPasswordWrong",
    );
    const before = await getUserRow(user.id);
    await changePassword(user.current, user.password, "ganz-neues-passwort");
    const after = await getUserRow(user.id);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, "ganz-neues-passwort")).toBe(true);
    expect(await verifyPassword(after.passwordHash, user.password)).toBe(false);
  });

  it("exports profile and comments, never the password hash", async () => {
    const { user, own } = await commenterWithComments();
    const data = await exportAccountData(user.current);
    expect(data.profile).toMatchObject({ id: user.id, email: user.email });
    expect(data.comments.map((c) => c.id)).toContain(own.id);
    const json = JSON.stringify(data);
    expect(json).not.toMatch(/passwordHash|password_hash|\$argon2/);
    const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(json).not.toContain(row.passwordHash!);
  });
});
