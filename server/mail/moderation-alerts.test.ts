import { and, eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { moderateComments } from "@/server/moderation/moderation";
import { createArticle, createComment, createUser } from "@/tests/data";
import { startSmtpSink, waitFor } from "@/tests/smtp-sink";
import { digestDay, queueModerationDigests } from "./digest";
import { startMailWorker } from "./worker";

const PORT = 4110;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let sql: postgres.Sql;

beforeAll(async () => {
  sink = await startSmtpSink(PORT);
  sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
});
afterAll(async () => {
  await sql.end();
  await sink.close();
});

const outboxOf = (email: string, kind: string) =>
  db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, email), eq(mailOutbox.kind, kind)));

async function deliverAll(check: () => boolean) {
  const worker = await startMailWorker({
    databaseUrl: process.env.DATABASE_URL!,
    mail: { smtpUrl: `smtp://127.0.0.1:${PORT}`, from: "Blattwerk <noreply@blattwerk.test>" },
    maxAttempts: 3,
  });
  try {
    await waitFor(check);
  } finally {
    await worker.stop();
  }
}

describe("moderation alerts", () => {
  it("a held comment alerts the article's author once (instant), never for her own, and admins who chose every article", async () => {
    const author = await createUser("author", { moderationAlerts: "instant" });
    const quietAuthor = await createUser("author");
    const allAdmin = await createUser("admin", { moderationAlerts: "instant", moderationAlertsAll: true });
    const ownAdmin = await createUser("admin", { moderationAlerts: "instant" });
    const reader = await createUser("reader");
    const article = await createArticle(author.id);
    const quiet = await createArticle(quietAuthor.id);

    const held = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Bitte prüfen.",
      status: "pending",
    });
    await createComment({ articleId: article.id, authorId: author.id, body: "Meiner.", status: "pending" });
    await createComment({ articleId: quiet.id, authorId: reader.id, body: "Anderswo.", status: "pending" });
    await createComment({ articleId: article.id, authorId: reader.id, body: "Frei.", status: "approved" });

    expect((await outboxOf(author.email, "moderation-alert")).map((r) => r.eventKey)).toEqual([`held:${held.id}`]);
    expect(await outboxOf(quietAuthor.email, "moderation-alert")).toHaveLength(0);
    expect(await outboxOf(ownAdmin.email, "moderation-alert")).toHaveLength(0);
    // Every article: the quiet author's too, and the author's own comment (not the admin's).
    expect((await outboxOf(allAdmin.email, "moderation-alert")).length).toBe(3);

    // Back to the queue after approval: still one mail for this comment.
    const mod = { id: author.id, role: "author" as const };
    await moderateComments(mod, [held.id], "approve", { strict: true });
    await moderateComments(mod, [held.id], "unapprove", { strict: true });
    expect(await outboxOf(author.email, "moderation-alert")).toHaveLength(1);
  });

  it("the alert mail names the article and links straight to the comment in the dashboard", async () => {
    const author = await createUser("author", { moderationAlerts: "instant" });
    const reader = await createUser("reader");
    const article = await createArticle(author.id);
    const held = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Ein Kommentar, der wartet.",
      status: "pending",
    });
    await deliverAll(() => sink.delivered(author.email).length > 0);
    const [{ text }] = sink.delivered(author.email);
    expect(text).toContain(`hat einen Kommentar zu „${article.title}“ geschrieben, der auf Freigabe wartet`);
    expect(text).toContain(`/dashboard/comments/${held.id}`);
    expect(text).toContain("Ein Kommentar, der wartet.");
    expect(sink.delivered(author.email)).toHaveLength(1);
  });

  it("the daily digest lists the waiting comments, one mail per recipient and day however often it runs", async () => {
    const author = await createUser("author", { moderationAlerts: "daily" });
    const reader = await createUser("reader");
    const article = await createArticle(author.id);
    const first = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Erster wartet.",
      status: "pending",
    });
    const second = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Zweiter wartet.",
      status: "pending",
    });
    await createComment({ articleId: article.id, authorId: author.id, body: "Eigener wartet.", status: "pending" });
    // "daily" sends no instant alert.
    expect(await outboxOf(author.email, "moderation-alert")).toHaveLength(0);

    const day = digestDay(new Date(), "Europe/Berlin");
    expect(await queueModerationDigests(sql, day)).toBeGreaterThan(0);
    expect(await queueModerationDigests(sql, day)).toBe(0);
    const rows = await outboxOf(author.email, "moderation-digest");
    expect(rows.map((r) => r.eventKey)).toEqual([`moderation-digest:${day}`]);

    await deliverAll(() => sink.delivered(author.email).length > 0);
    await queueModerationDigests(sql, day);
    const mails = sink.delivered(author.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain("diese Kommentare warten auf Freigabe:");
    expect(mails[0].text).toContain(`/dashboard/comments/${first.id}`);
    expect(mails[0].text).toContain(`/dashboard/comments/${second.id}`);
    expect(mails[0].text).not.toContain("Eigener wartet.");
  });
});
