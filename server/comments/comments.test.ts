import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { COMMENT_THREADS_PER_PAGE } from "@/lib/pagination";
import { getPublishedArticleBySlug } from "@/server/articles/articles";
import { listComments } from "@/server/comments/comments";

const sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} });

afterAll(() => sql.end());

describe("listComments", () => {
  it("shows approved comments as a tree, never pending or spam", async () => {
    const article = await getPublishedArticleBySlug("heimnetzwerk-einrichten");
    const page = await listComments(article!.id, 1, null);
    expect(page.threadCount).toBe(1);
    expect(page.threads).toHaveLength(1);
    const [thread] = page.threads;
    expect(thread.authorName).toBe("Jörg Weißmüller");
    expect(thread.replies).toHaveLength(1);
    expect(thread.replies[0].parentId).toBe(thread.id);
    expect(JSON.stringify(page)).not.toMatch(/Uhren|Gastnetz/);
  });

  it("pages by thread, promotes orphaned replies and labels deleted commenters", async () => {
    const [article] = await sql<{ id: number }[]>`select id from articles where slug = 'newsletter-marketing'`;
    const [user] = await sql<{ id: string }[]>`select id from users where slug = 'anna-schaefer'`;
    const total = COMMENT_THREADS_PER_PAGE + 5;
    try {
      for (let i = 0; i < total; i++) {
        await sql`insert into comments (article_id, author_id, body, status, created_at, idempotency_key)
          values (${article.id}, ${i === 0 ? null : user.id}, ${`Thread ${i}`}, 'approved',
                  now() - interval '1 day' + ${i} * interval '1 minute', ${`test:${i}`})`;
      }
      const [spam] = await sql<
        { id: number }[]
      >`insert into comments (article_id, author_id, body, status, idempotency_key)
        values (${article.id}, ${user.id}, 'Spam', 'spam', 'test:spam') returning id`;
      await sql`insert into comments (article_id, author_id, parent_id, body, status, idempotency_key)
        values (${article.id}, ${user.id}, ${spam.id}, 'Antwort auf Spam', 'approved', 'test:orphan')`;

      const first = await listComments(article.id, 1, null);
      expect(first.threadCount).toBe(total + 1);
      expect(first.pageCount).toBe(2);
      expect(first.threads).toHaveLength(COMMENT_THREADS_PER_PAGE);
      expect(first.threads[0]).toMatchObject({ body: "Thread 0", authorName: null, authorDeleted: true });
      const second = await listComments(article.id, 2, null);
      expect(second.threads.map((c) => c.body)).toEqual([
        ...Array.from({ length: 5 }, (_, i) => `Thread ${50 + i}`),
        "Antwort auf Spam",
      ]);
    } finally {
      await sql`delete from comments where article_id = ${article.id} and idempotency_key like 'test:%'`;
    }
  });
});

describe("a reader's own held comments", () => {
  it("are shown to their author only, marked pending; deleted comments stay as placeholders while they have replies", async () => {
    const { createArticle, createComment, createUser } = await import("@/tests/data");
    const author = await createUser("author");
    const article = await createArticle(author.id);
    const reader = await createUser("reader");
    const other = await createUser("reader");
    const held = await createComment({
      articleId: article.id,
      authorId: reader.id,
      body: "Wartet noch",
      status: "pending",
    });
    await createComment({ articleId: article.id, authorId: other.id, body: "Fremder Spam", status: "spam" });
    const removed = await createComment({
      articleId: article.id,
      authorId: other.id,
      body: "",
      status: "approved",
      deletedAt: new Date(),
    });
    await createComment({
      articleId: article.id,
      authorId: author.id,
      body: "Antwort bleibt",
      status: "approved",
      parentId: removed.id,
    });
    await createComment({
      articleId: article.id,
      authorId: other.id,
      body: "",
      status: "approved",
      deletedAt: new Date(),
    });

    const mine = await listComments(article.id, 1, reader.id);
    const ownNode = mine.threads.find((t) => t.id === held.id);
    expect(ownNode).toMatchObject({ pending: true, ownedByViewer: true, body: "Wartet noch" });

    for (const viewer of [null, other.id]) {
      const page = await listComments(article.id, 1, viewer);
      const text = JSON.stringify(page);
      expect(text).not.toContain("Wartet noch");
      expect(text).not.toContain("Fremder Spam");
      expect(page.threads).toHaveLength(1);
      expect(page.threads[0]).toMatchObject({ id: removed.id, removed: true, body: "" });
      expect(page.threads[0].replies[0].body).toBe("Antwort bleibt");
    }
  });
});
