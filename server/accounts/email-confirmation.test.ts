import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments, emailConfirmations, mailOutbox } from "@/db/schema";
import { postComment } from "@/server/comments/comment-writes";
import { createArticle, createUser, errorOf, getUserRow, key, uniqueEmail } from "@/tests/data";
import { registerUser } from "./sign-in";
import { confirmEmail, markEmailConfirmed, requestEmailChange } from "./email-confirmation";

const tokenOf = async (email: string) => {
  const rows = await db
    .select({ data: mailOutbox.data })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, email), eq(mailOutbox.kind, "confirm-email")));
  return rows.map((r) => new URL((r.data as { url: string }).url).searchParams.get("token")!);
};
const statusOf = async (id: number) =>
  (await db.select({ status: comments.status }).from(comments).where(eq(comments.id, id)))[0].status;

describe("address confirmation", () => {
  it("sign-up mails a link; the first comment is kept unconfirmed, a second refused, until the link publishes it once", async () => {
    const email = uniqueEmail("neu");
    await registerUser({ name: "Neue", email, password: "ein-langes-passwort" }, `10.7.${Date.now() % 250}.1`);
    const [token] = await tokenOf(email);
    expect(token).toBeTruthy();
    const [{ id }] = await db.execute<{ id: string }>(`select id from users where email = '${email}'`);
    const user = { id, role: "reader" as const };
    expect((await getUserRow(id)).emailVerified).toBeNull();

    const author = await createUser("author");
    const article = await createArticle(author.id);
    const kept = await postComment(user, {
      articleId: article.id,
      parentId: null,
      body: "Mein erster Kommentar.",
      idempotencyKey: key(),
    });
    expect(kept.status).toBe("unconfirmed");
    const second = await errorOf(
      postComment(user, { articleId: article.id, parentId: null, body: "Noch einer.", idempotencyKey: key() }),
    );
    expect(second.publicKey).toBe("commentError.unconfirmed_waiting");

    expect(await confirmEmail(token)).toEqual({ changed: false });
    // The normal rules: a first comment is approved with the default settings (no hold for first comments).
    expect(["approved", "pending"]).toContain(await statusOf(kept.id));
    expect(await statusOf(kept.id)).not.toBe("unconfirmed");
    expect((await getUserRow(id)).emailVerified).not.toBeNull();
    expect((await errorOf(confirmEmail(token))).publicKey).toBe("errors.confirmLinkInvalid");
  });

  it("an expired link confirms nothing", async () => {
    const user = await createUser("reader", { emailVerified: null });
    const email = user.email;
    await db.transaction(async (tx) => {
      const { queueEmailConfirmation } = await import("./email-confirmation");
      await queueEmailConfirmation(tx, user.id, email);
    });
    const [token] = await tokenOf(email);
    await db
      .update(emailConfirmations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailConfirmations.userId, user.id));
    expect((await errorOf(confirmEmail(token))).publicKey).toBe("errors.confirmLinkInvalid");
    expect((await getUserRow(user.id)).emailVerified).toBeNull();
  });

  it("a sign-in by emailed link (or a reset link) confirms the address and releases the kept comment", async () => {
    const user = await createUser("reader", { emailVerified: null });
    const article = await createArticle((await createUser("author")).id);
    const kept = await postComment(user.current, {
      articleId: article.id,
      parentId: null,
      body: "Bitte bald.",
      idempotencyKey: key(),
    });
    expect(kept.status).toBe("unconfirmed");
    await markEmailConfirmed(user.id);
    expect(await statusOf(kept.id)).not.toBe("unconfirmed");
  });

  it("a new address takes effect only once the link mailed to it is used", async () => {
    const user = await createUser("reader");
    const next = uniqueEmail("neu-adresse");
    const wrong = await errorOf(
      requestEmailChange(user.current, { email: next, password: "falsch-falsch-falsch" }, "10.8.0.1"),
    );
    expect(wrong.publicKey).toBe("errors.currentPasswordWrong");
    await requestEmailChange(user.current, { email: next, password: user.password }, "10.8.0.1");
    expect((await getUserRow(user.id)).email).toBe(user.email);
    expect(await tokenOf(user.email)).toHaveLength(0);
    const [token] = await tokenOf(next);
    expect(await confirmEmail(token)).toEqual({ changed: true });
    expect((await getUserRow(user.id)).email).toBe(next);

    // An address with an account: the same answer, no mail.
    const other = await createUser("reader");
    await requestEmailChange(user.current, { email: other.email, password: user.password }, "10.8.0.2");
    expect(await tokenOf(other.email)).toHaveLength(0);
  });
});
