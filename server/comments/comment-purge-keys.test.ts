import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { cacheKey } from "@/lib/cache-keys";
import {
  commentRefusal,
  createArticle,
  createArticleWithReader,
  createKnownReader,
  createUser,
  key,
} from "@/tests/data";
import { listenForPurges, type PurgeListener } from "@/tests/purge-keys";
import { postComment, type Commenter } from "@/server/comments/comment-writes";
import { deleteOwnComment, editOwnComment } from "@/server/comments/own-comment-edits";
import { moderationSettingsSchema, saveModerationSettings } from "@/server/site/settings";

// The cache keys a comment's writes publish (db/migrations/0008_purge_keys.sql).
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
    const { article, reader } = await createArticleWithReader();
    const known = await createKnownReader(article.id);
    const unrelated = await createArticle((await createUser("author")).id);
    const approved = await listener.published(() => post(known, article.id, "Gleich sichtbar"));
    expect(approved.keys).toEqual([cacheKey.comments(article.id), cacheKey.moderation, cacheKey.user(known.id)].sort());
    expect(approved.keys).not.toContain(cacheKey.comments(unrelated.id));
    const held = await listener.published(() => post(reader, article.id, "Erst einmal zurückgehalten"));
    expect(held.keys).toEqual([cacheKey.moderation, cacheKey.user(reader.id)].sort());
  });

  it("a replayed or refused post publishes nothing", async () => {
    const { article } = await createArticleWithReader();
    const known = await createKnownReader(article.id);
    const input = { articleId: article.id, parentId: null, body: "Nur einmal", idempotencyKey: key() };
    await postComment(known, input);
    expect((await listener.published(() => postComment(known, input))).keys).toEqual([]);
    const tooFast = await listener.published(() => commentRefusal(post(known, article.id, "Gleich noch einer")));
    expect(tooFast.keys).toEqual([]);
    await saveModerationSettings(moderationSettingsSchema.parse({ floodIntervalSeconds: 0 }));
    expect((await listener.published(() => commentRefusal(post(known, article.id, "Nur einmal")))).keys).toEqual([]);
    expect((await listener.published(() => commentRefusal(post(known, 2_000_000_000, "Wohin damit?")))).keys).toEqual(
      [],
    );
  });

  it("editing or deleting one's own approved comment purges its thread, a held one's only the queues", async () => {
    const { article, reader } = await createArticleWithReader();
    const known = await createKnownReader(article.id);
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
