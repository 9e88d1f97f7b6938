import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments, mailOutbox } from "@/db/schema";
import { postComment } from "@/server/comments/comment-writes";
import { moderateComments } from "@/server/moderation/moderation";
import { createArticle, createComment, createUser, key } from "@/tests/data";
import { startSmtpSink, waitFor } from "@/tests/smtp-sink";
import { unsubscribeFromReplies } from "./preferences";
import { startMailWorker } from "./worker";

const PORT = 4014;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  // The unsubscribe links are signed with the site's secret.
  process.env.AUTH_SECRET ??= "test-secret-for-mail-links";
  sink = await startSmtpSink(PORT);
});
afterAll(() => sink.close());

const repliesTo = (email: string) =>
  db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, email), eq(mailOutbox.kind, "reply")));

async function setting() {
  const author = await createUser("author");
  const alice = await createUser("reader");
  const article = await createArticle(author.id);
  const parent = await createComment({
    articleId: article.id,
    authorId: alice.id,
    body: "Ich möchte Antworten bekommen.",
    status: "approved",
    notifyReplies: true,
  });
  return { author, alice, article, parent };
}

describe("reply notifications", () => {
  it("a reply published at once mails the parent's author once; her own reply mails nobody", async () => {
    const { author, alice, article, parent } = await setting();
    const reply = await postComment(
      { id: author.id, role: "author" },
      { articleId: article.id, parentId: parent.id, body: "Hier ist eine Antwort.", idempotencyKey: key() },
    );
    expect(reply.status).toBe("approved");
    const rows = await repliesTo(alice.email!);
    expect(rows.map((r) => r.eventKey)).toEqual([`reply:${reply.id}`]);
    await createComment({
      articleId: article.id,
      parentId: parent.id,
      authorId: alice.id,
      body: "Selbst.",
      status: "approved",
    });
    expect(await repliesTo(alice.email!)).toHaveLength(1);
  });

  it("held and spam replies mail nobody; approval mails once, however often it is repeated", async () => {
    const { author, alice, article, parent } = await setting();
    const bob = await createUser("reader");
    const held = await createComment({
      articleId: article.id,
      parentId: parent.id,
      authorId: bob.id,
      body: "Wartet.",
      status: "pending",
    });
    await createComment({
      articleId: article.id,
      parentId: parent.id,
      authorId: bob.id,
      body: "Spam.",
      status: "spam",
    });
    expect(await repliesTo(alice.email!)).toHaveLength(0);
    const mod = { id: author.id, role: "author" as const };
    await moderateComments(mod, [held.id], "approve", { strict: true });
    await moderateComments(mod, [held.id], "unapprove", { strict: true });
    await moderateComments(mod, [held.id], "approve", { strict: true });
    expect((await repliesTo(alice.email!)).map((r) => r.eventKey)).toEqual([`reply:${held.id}`]);
  });

  it("sends nothing for a parent without the wish, or for imported comments", async () => {
    const { article, parent, alice } = await setting();
    const bob = await createUser("reader");
    const quiet = await createComment({ articleId: article.id, authorId: alice.id, body: "Ohne.", status: "approved" });
    await createComment({
      articleId: article.id,
      parentId: quiet.id,
      authorId: bob.id,
      body: "Antwort.",
      status: "approved",
    });
    await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('blattwerk.no_mail', 'on', true)`);
      await tx.insert(comments).values({
        articleId: article.id,
        parentId: parent.id,
        authorId: bob.id,
        body: "Importiert.",
        status: "approved",
        wpId: Date.now(),
      });
    });
    expect(await repliesTo(alice.email!)).toHaveLength(0);
  });

  it("the mail links to the reply and carries a one-click unsubscribe that works without a session", async () => {
    const { author, alice, article, parent } = await setting();
    const reply = await createComment({
      articleId: article.id,
      parentId: parent.id,
      authorId: author.id,
      body: "Zum Abbestellen.",
      status: "approved",
    });
    const worker = await startMailWorker({
      databaseUrl: process.env.DATABASE_URL!,
      mail: { smtpUrl: `smtp://127.0.0.1:${PORT}`, from: "Blattwerk <noreply@blattwerk.test>" },
      maxAttempts: 3,
    });
    try {
      await waitFor(() => sink.delivered(alice.email!).length > 0);
    } finally {
      await worker.stop();
    }
    const [{ raw, text }] = sink.delivered(alice.email!);
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    const unsubscribe = /^List-Unsubscribe:\s*<([^>]+)>/im.exec(raw.replace(/\r?\n[ \t]+/g, ""))![1];
    expect(text).toContain(`/c/${reply.id}`);
    expect(text).toContain("Zum Abbestellen.");
    expect(text).toContain(article.title);
    const url = new URL(unsubscribe);
    expect(await unsubscribeFromReplies(Number(url.searchParams.get("c")), "falsch")).toBe(false);
    expect(await unsubscribeFromReplies(Number(url.searchParams.get("c")), url.searchParams.get("s")!)).toBe(true);
    await createComment({
      articleId: article.id,
      parentId: parent.id,
      authorId: author.id,
      body: "Danach.",
      status: "approved",
    });
    expect(await repliesTo(alice.email!)).toHaveLength(1);
  });
});
