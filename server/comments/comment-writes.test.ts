import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { settings } from "@/db/schema";
import { commentRefusal, commentsOf, createArticleWithReader, createKnownReader, createUser, key } from "@/tests/data";
import { AppError } from "@/lib/app-error";
import { postComment } from "@/server/comments/comment-writes";
import { MODERATION_SETTINGS_KEY, moderationSettingsSchema, saveModerationSettings } from "@/server/site/settings";

// postComment's rules: first comments held, links and word lists, flood and address caps, duplicates, settings.
describe("posting a comment", () => {
  afterEach(() => saveModerationSettings(moderationSettingsSchema.parse({})));

  it("holds a user's first comment, approves once one was approved", async () => {
    const { article, reader } = await createArticleWithReader();
    const first = await postComment(reader, {
      articleId: article.id,
      parentId: null,
      body: "Mein erster Kommentar",
      idempotencyKey: key(),
    });
    expect(first.status).toBe("pending");
    const known = await createKnownReader(article.id);
    const next = await postComment(known, {
      articleId: article.id,
      parentId: null,
      body: "Noch ein Kommentar",
      idempotencyKey: key(),
    });
    expect(next.status).toBe("approved");
  });

  it("holds two links, holds moderation words, sends block words to spam", async () => {
    const { article } = await createArticleWithReader();
    const a = await createKnownReader(article.id);
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
    const b = await createKnownReader(article.id);
    expect(
      (await postComment(b, { articleId: article.id, parentId: null, body: "Heute Rabatt!", idempotencyKey: key() }))
        .status,
    ).toBe("pending");
    const c = await createKnownReader(article.id);
    expect(
      (await postComment(c, { articleId: article.id, parentId: null, body: "Billig VIAGRA", idempotencyKey: key() }))
        .status,
    ).toBe("spam");
  });

  it("refuses a second comment within 15 seconds, but not from authors and admins", async () => {
    const { article } = await createArticleWithReader();
    const reader = await createKnownReader(article.id);
    await postComment(reader, { articleId: article.id, parentId: null, body: "Erster Gedanke", idempotencyKey: key() });
    expect(
      await commentRefusal(
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
    const { article } = await createArticleWithReader();
    const from = `192.0.2.${Math.floor(Math.random() * 250)}-${key()}`;
    const post = async (user: { id: string; role: "reader" | "author" | "admin" }, address: string) =>
      commentRefusal(
        postComment(user, {
          articleId: article.id,
          parentId: null,
          body: `Kommentar ${key()}`,
          idempotencyKey: key(),
          address,
        }),
      );
    for (let i = 0; i < 5; i++) expect(await post(await createKnownReader(article.id), from)).toBe("accepted");
    const sixth = await createKnownReader(article.id);
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
    expect(await post(await createKnownReader(article.id), from)).toBe("accepted");
  });

  it("holds the address cap for simultaneous posts from many accounts", async () => {
    const { article } = await createArticleWithReader();
    const from = `198.18.0.1-${key()}`;
    const readers = await Promise.all(Array.from({ length: 8 }, () => createKnownReader(article.id)));
    const outcomes = await Promise.all(
      readers.map((r) =>
        commentRefusal(
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
    const { article } = await createArticleWithReader();
    await saveModerationSettings(moderationSettingsSchema.parse({ floodIntervalSeconds: 0 }));
    const reader = await createKnownReader(article.id);
    await postComment(reader, {
      articleId: article.id,
      parentId: null,
      body: "Genau dieser Text",
      idempotencyKey: key(),
    });
    expect(
      await commentRefusal(
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
    const { article } = await createArticleWithReader();
    await saveModerationSettings(moderationSettingsSchema.parse({ floodIntervalSeconds: 0 }));
    const reader = await createKnownReader(article.id);
    // The checks must run after the lock: then the second sees the comment the first committed.
    const post = () =>
      commentRefusal(
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
    const { article } = await createArticleWithReader();
    const reader = await createKnownReader(article.id);
    await saveModerationSettings(moderationSettingsSchema.parse({ blockWords: ["gurke"] }));
    expect(
      (await postComment(reader, { articleId: article.id, parentId: null, body: "Eine Gurke", idempotencyKey: key() }))
        .status,
    ).toBe("spam");
    await db.delete(settings).where(eq(settings.key, MODERATION_SETTINGS_KEY));
    const other = await createKnownReader(article.id);
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
      await commentRefusal(
        postComment(other, { articleId: article.id, parentId: null, body: "Gleich danach", idempotencyKey: key() }),
      ),
    ).toBe("too_fast");
  });

  it("approves the article's author and admins at once, even with links", async () => {
    const { author, article } = await createArticleWithReader();
    const admin = await createUser("admin");
    const body = "Mehr dazu: https://a.example.org und https://b.example.org";
    expect(
      (await postComment(author, { articleId: article.id, parentId: null, body, idempotencyKey: key() })).status,
    ).toBe("approved");
    expect(
      (await postComment(admin, { articleId: article.id, parentId: null, body, idempotencyKey: key() })).status,
    ).toBe("approved");
  });
});
