import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/db/client";
import { comments, moderationEvents, settings } from "@/db/schema";
import { cacheKey } from "@/lib/cache-keys";
import { commentsOf, createArticle, createComment, createUser, key } from "@/tests/data";
import { listenForPurges, type PurgeListener } from "@/tests/purge-keys";
import { AppError } from "@/lib/app-error";
import { postComment, type Commenter } from "@/server/comments/comment-writes";
import { deleteOwnComment, editOwnComment } from "@/server/comments/own-comment-edits";
import { MODERATION_SETTINGS_KEY, moderationSettingsSchema, saveModerationSettings } from "@/server/site/settings";

const longAgo = new Date(Date.now() - 86_400_000);

async function setup() {
  const author = await createUser("author");
  const article = await createArticle(author.id);
  const reader = await createUser("reader");
  return { author, article, reader };
}

/** A reader who already has an approved comment (from a day ago), so only the rule under test applies. */
async function knownReader(articleId: number) {
  const reader = await createUser("reader");
  await createComment({
    articleId,
    authorId: reader.id,
    body: "Früherer Kommentar",
    status: "approved",
    createdAt: longAgo,
  });
  return reader;
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError && error.publicKey.startsWith("commentError."))
      return error.publicKey.slice("commentError.".length);
    throw error;
  }
  return "accepted";
}

describe("posting a comment", () => {
  afterEach(() => saveModerationSettings(moderationSettingsSchema.parse({})));

  it("holds a user's first comment, approves once one was approved", async () => {
    const { article, reader } = await setup();
    const first = await postComment(reader, {
      articleId: article.id,
      parentId: null,
      body: "Mein erster Kommentar",
      idempotencyKey: key(),
    });
    expect(first.status).toBe("pending");
    const known = await knownReader(article.id);
    const next = await postComment(known, {
      articleId: article.id,
      parentId: null,
      body: "Noch ein Kommentar",
      idempotencyKey: key(),
    });
    expect(next.status).toBe("approved");
  });

  it("holds two links, holds moderation words, sends block words to spam", async () => {
    const { article } = await setup();
    const a = await knownReader(article.id);
    expect(
      (
        await postComment(a, {
          articleId: article.id,
          parentId: null,
          body: "https://a.example.org und https://b.example.org",
          idempotencyKey: key(),
        })
      ).status,
    ).toBe("pending");
    await saveModerationSettings(
      moderationSettingsSchema.parse({ moderationWords: ["rabatt"], blockWords: ["viagra"] }),
    );
    const b = await knownReader(article.id);
    expect(
      (await postComment(b, { articleId: article.id, parentId: null, body: "Heute Rabatt!", idempotencyKey: key() }))
        .status,
    ).toBe("pending");
    const c = await knownReader(article.id);
    expect(
      (await postComment(c, { articleId: article.id, parentId: null, body: "Billig VIAGRA", idempotencyKey: key() }))
        .status,
    ).toBe("spam");
  });

  it("refuses a second comment within 15 seconds, but not from authors and admins", async () => {
    const { article } = await setup();
    const reader = await knownReader(article.id);
    await postComment(reader, { articleId: article.id, parentId: null, body: "Erster Gedanke", idempotencyKey: key() });
    expect(
      await refusal(
        postComment(reader, { articleId: article.id, parentId: null, body: "Zweiter Gedanke", idempotencyKey: key() }),
      ),
    ).toBe("too_fast");
    const otherAuthor = await createUser("author");
    await postComment(otherAuthor, { articleId: article.id, parentId: null, body: "Eins", idempotencyKey: key() });
    await postComment(otherAuthor, { articleId: article.id, parentId: null, body: "Zwei", idempotencyKey: key() });
    const admin = await createUser("admin");
    await postComment(admin, { articleId: article.id, parentId: null, body: "Eins", idempotencyKey: key() });
    expect(
      (await postComment(admin, { articleId: article.id, parentId: null, body: "Zwei", idempotencyKey: key() })).status,
    ).toBe("approved");
  });

  it("caps one address at 5 comments a minute across accounts; authors and admins and other addresses are not held up", async () => {
    const { article } = await setup();
    const from = `192.0.2.${Math.floor(Math.random() * 250)}-${key()}`;
    const post = async (user: { id: string; role: "reader" | "author" | "admin" }, address: string) =>
      refusal(
        postComment(user, {
          articleId: article.id,
          parentId: null,
          body: `Kommentar ${key()}`,
          idempotencyKey: key(),
          address,
        }),
      );
    for (let i = 0; i < 5; i++) expect(await post(await knownReader(article.id), from)).toBe("accepted");
    const sixth = await knownReader(article.id);
    const refused = await postComment(sixth, {
      articleId: article.id,
      parentId: null,
      body: "Der sechste",
      idempotencyKey: key(),
      address: from,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).publicKey).toBe("commentError.address_too_fast");
    expect((refused as AppError).status).toBe(429);
    expect((refused as AppError).values.seconds).toBeGreaterThan(0);
    expect((refused as AppError).values.seconds).toBeLessThanOrEqual(60);
    expect(await post(sixth, `${from}-anderswo`)).toBe("accepted");
    expect(await post(await createUser("admin"), from)).toBe("accepted");
    // The flood limit switched off switches the address cap off with it (the benchmark's setting).
    await saveModerationSettings(moderationSettingsSchema.parse({ floodIntervalSeconds: 0 }));
    expect(await post(await knownReader(article.id), from)).toBe("accepted");
  });

  it("holds the address cap for simultaneous posts from many accounts", async () => {
    const { article } = await setup();
    const from = `198.18.0.1-${key()}`;
    const readers = await Promise.all(Array.from({ length: 8 }, () => knownReader(article.id)));
    const outcomes = await Promise.all(
      readers.map((r) =>
        refusal(
          postComment(r, {
            articleId: article.id,
            parentId: null,
            body: `Gleichzeitig ${r.id}`,
            idempotencyKey: key(),
            address: from,
          }),
        ),
      ),
    );
    expect(outcomes.filter((o) => o === "accepted")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "address_too_fast")).toHaveLength(3);
  });

  it("refuses the same text by the same user on the same article", async () => {
    const { article } = await setup();
    await saveModerationSettings(moderationSettingsSchema.parse({ floodIntervalSeconds: 0 }));
    const reader = await knownReader(article.id);
    await postComment(reader, {
      articleId: article.id,
      parentId: null,
      body: "Genau dieser Text",
      idempotencyKey: key(),
    });
    expect(
      await refusal(
        postComment(reader, {
          articleId: article.id,
          parentId: null,
          body: "  Genau dieser Text ",
          idempotencyKey: key(),
        }),
      ),
    ).toBe("duplicate");
  });

  it("refuses the second of two simultaneous posts of the same text under different keys", async () => {
    const { article } = await setup();
    await saveModerationSettings(moderationSettingsSchema.parse({ floodIntervalSeconds: 0 }));
    const reader = await knownReader(article.id);
    // The checks must run after the lock: then the second sees the comment the first committed.
    const post = () =>
      refusal(
        postComment(reader, {
          articleId: article.id,
          parentId: null,
          body: "Gleichzeitig zweimal",
          idempotencyKey: key(),
        }),
      );
    const outcomes = await Promise.all([post(), post(), post()]);
    expect(outcomes.sort()).toEqual(["accepted", "duplicate", "duplicate"]);
    expect((await commentsOf(article.id)).filter((c) => c.body === "Gleichzeitig zweimal")).toHaveLength(1);
  });

  it("reads the moderation settings of the moment, and their defaults when none are stored", async () => {
    const { article } = await setup();
    const reader = await knownReader(article.id);
    await saveModerationSettings(moderationSettingsSchema.parse({ blockWords: ["gurke"] }));
    expect(
      (await postComment(reader, { articleId: article.id, parentId: null, body: "Eine Gurke", idempotencyKey: key() }))
        .status,
    ).toBe("spam");
    await db.delete(settings).where(eq(settings.key, MODERATION_SETTINGS_KEY));
    const other = await knownReader(article.id);
    expect(
      (
        await postComment(other, {
          articleId: article.id,
          parentId: null,
          body: "Noch eine Gurke",
          idempotencyKey: key(),
        })
      ).status,
    ).toBe("approved");
    expect(
      await refusal(
        postComment(other, { articleId: article.id, parentId: null, body: "Gleich danach", idempotencyKey: key() }),
      ),
    ).toBe("too_fast");
  });

  it("approves the article's author and admins at once, even with links", async () => {
    const { author, article } = await setup();
    const admin = await createUser("admin");
    const body = "Mehr dazu: https://a.example.org und https://b.example.org";
    expect(
      (await postComment(author, { articleId: article.id, parentId: null, body, idempotencyKey: key() })).status,
    ).toBe("approved");
    expect(
      (await postComment(admin, { articleId: article.id, parentId: null, body, idempotencyKey: key() })).status,
    ).toBe("approved");
  });

  it("refuses unknown, unpublished, scheduled and closed articles and stores nothing", async () => {
    const { author, reader } = await setup();
    const draft = await createArticle(author.id, { status: "draft" });
    const future = await createArticle(author.id, {
      status: "scheduled",
      publishedAt: new Date(Date.now() + 86_400_000),
    });
    const closed = await createArticle(author.id, { commentsOpen: false });
    const post = (articleId: number) =>
      postComment(reader, { articleId, parentId: null, body: "Hallo Welt", idempotencyKey: key() });
    expect(await refusal(post(2_000_000_000))).toBe("article_not_found");
    expect(await refusal(post(draft.id))).toBe("article_not_found");
    expect(await refusal(post(future.id))).toBe("article_not_found");
    expect(await refusal(post(closed.id))).toBe("comments_closed");
    for (const a of [draft, future, closed]) expect(await commentsOf(a.id)).toHaveLength(0);
  });

  it("closes comments automatically N days after publication when configured", async () => {
    const { author, reader } = await setup();
    const old = await createArticle(author.id, { publishedAt: new Date(Date.now() - 40 * 86_400_000) });
    await saveModerationSettings(moderationSettingsSchema.parse({ autoCloseAfterDays: 30 }));
    expect(
      await refusal(
        postComment(reader, { articleId: old.id, parentId: null, body: "Zu spät?", idempotencyKey: key() }),
      ),
    ).toBe("comments_closed");
  });

  it("refuses empty, too short, too long text and strips control characters", async () => {
    const { article } = await setup();
    const reader = await knownReader(article.id);
    const post = (body: string) =>
      postComment(reader, { articleId: article.id, parentId: null, body, idempotencyKey: key() });
    expect(await refusal(post(" \n\t \u0000 "))).toBe("empty");
    expect(await refusal(post("a"))).toBe("too_short");
    expect(await refusal(post("x".repeat(5001)))).toBe("too_long");
    const saved = await post("Hal\u0000lo\u0007 Welt\u001b");
    const [row] = await db.select().from(comments).where(eq(comments.id, saved.id));
    expect(row.body).toBe("Hallo Welt");
  });

  it("refuses a parent comment from another article", async () => {
    const { author, article, reader } = await setup();
    const other = await createArticle(author.id);
    const foreign = await createComment({
      articleId: other.id,
      authorId: author.id,
      body: "Anderswo",
      status: "approved",
    });
    expect(
      await refusal(
        postComment(reader, { articleId: article.id, parentId: foreign.id, body: "Antwort", idempotencyKey: key() }),
      ),
    ).toBe("parent_invalid");
    expect(await commentsOf(article.id)).toHaveLength(0);
  });

  it("nests replies at most three levels deep", async () => {
    const { author, article } = await setup();
    const level1 = await createComment({
      articleId: article.id,
      authorId: author.id,
      body: "Ebene 1",
      status: "approved",
    });
    const level2 = await createComment({
      articleId: article.id,
      authorId: author.id,
      body: "Ebene 2",
      status: "approved",
      parentId: level1.id,
    });
    const level3 = await createComment({
      articleId: article.id,
      authorId: author.id,
      body: "Ebene 3",
      status: "approved",
      parentId: level2.id,
    });
    const reply = await postComment(author, {
      articleId: article.id,
      parentId: level3.id,
      body: "Antwort auf Ebene 3",
      idempotencyKey: key(),
    });
    const [row] = await db.select().from(comments).where(eq(comments.id, reply.id));
    expect(row.parentId).toBe(level2.id);
    const reply2 = await postComment(author, {
      articleId: article.id,
      parentId: level1.id,
      body: "Antwort auf Ebene 1",
      idempotencyKey: key(),
    });
    const [row2] = await db.select().from(comments).where(eq(comments.id, reply2.id));
    expect(row2.parentId).toBe(level1.id);
  });

  it("stores one comment for a retried or doubled submission with the same key", async () => {
    const { article } = await setup();
    const reader = await knownReader(article.id);
    const input = { articleId: article.id, parentId: null, body: "Doppelt abgeschickt", idempotencyKey: key() };
    const [a, b] = await Promise.all([postComment(reader, input), postComment(reader, input)]);
    expect(a.id).toBe(b.id);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    const retry = await postComment(reader, input);
    expect(retry).toMatchObject({ id: a.id, replayed: true });
    const rows = (await commentsOf(article.id)).filter((c) => c.body === "Doppelt abgeschickt");
    expect(rows).toHaveLength(1);
    // Other text under a used key is not a retry: refused, never swallowed as "saved".
    expect(await refusal(postComment(reader, { ...input, body: "Ganz anderer Text" }))).toBe("stale_form");
  });
});

describe("publishing cache keys", () => {
  let listener: PurgeListener;
  beforeAll(async () => {
    listener = await listenForPurges(inject("databaseUrl"));
  });
  afterAll(() => listener.close());
  afterEach(() => saveModerationSettings(moderationSettingsSchema.parse({})));

  const post = (user: Commenter, articleId: number, body: string, idempotencyKey = key()) =>
    postComment(user, { articleId, parentId: null, body, idempotencyKey });

  it("an approved comment purges the article's thread; a held one only the queues and the commenter's pages", async () => {
    const { article, reader } = await setup();
    const known = await knownReader(article.id);
    const unrelated = await createArticle((await createUser("author")).id);
    const approved = await listener.published(() => post(known, article.id, "Gleich sichtbar"));
    expect(approved.keys).toEqual([cacheKey.comments(article.id), cacheKey.moderation, cacheKey.user(known.id)].sort());
    expect(approved.keys).not.toContain(cacheKey.comments(unrelated.id));
    const held = await listener.published(() => post(reader, article.id, "Erst einmal zurückgehalten"));
    expect(held.keys).toEqual([cacheKey.moderation, cacheKey.user(reader.id)].sort());
  });

  it("a replayed or refused post publishes nothing", async () => {
    const { article } = await setup();
    const known = await knownReader(article.id);
    const input = { articleId: article.id, parentId: null, body: "Nur einmal", idempotencyKey: key() };
    await postComment(known, input);
    expect((await listener.published(() => postComment(known, input))).keys).toEqual([]);
    const tooFast = await listener.published(() => refusal(post(known, article.id, "Gleich noch einer")));
    expect(tooFast.keys).toEqual([]);
    await saveModerationSettings(moderationSettingsSchema.parse({ floodIntervalSeconds: 0 }));
    expect((await listener.published(() => refusal(post(known, article.id, "Nur einmal")))).keys).toEqual([]);
    expect((await listener.published(() => refusal(post(known, 2_000_000_000, "Wohin damit?")))).keys).toEqual([]);
  });

  it("editing or deleting one's own approved comment purges its thread, a held one's only the queues", async () => {
    const { article, reader } = await setup();
    const known = await knownReader(article.id);
    const shown = await post(known, article.id, "Tippfeler");
    const threadKeys = [cacheKey.comments(article.id), cacheKey.moderation, cacheKey.user(known.id)].sort();
    expect((await listener.published(() => editOwnComment(known, shown.id, "Tippfehler"))).keys).toEqual(threadKeys);
    expect((await listener.published(() => deleteOwnComment(known, shown.id))).keys).toEqual(threadKeys);
    const held = await post(reader, article.id, "Wartet auf Freigabe");
    expect((await listener.published(() => editOwnComment(reader, held.id, "Wartet noch auf Freigabe"))).keys).toEqual(
      [cacheKey.moderation, cacheKey.user(reader.id)].sort(),
    );
  });
});

describe("a commenter's own comments", () => {
  it("can be edited within ten minutes, keeping the old text in the audit log", async () => {
    const { article } = await setup();
    const reader = await knownReader(article.id);
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
    expect(await refusal(editOwnComment(other, posted.id, "Übernommen"))).toBe("forbidden");
    const old = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Alt",
      status: "approved",
      createdAt: longAgo,
    });
    expect(await refusal(editOwnComment(reader, old.id, "Neu"))).toBe("edit_window_over");
  });

  it("can be deleted, keeping replies", async () => {
    const { author, article } = await setup();
    const reader = await knownReader(article.id);
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
