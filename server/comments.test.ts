import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { COMMENT_THREADS_PER_PAGE } from "@/lib/pagination";
import { getPublishedArticleBySlug } from "./articles";
import { listApprovedComments } from "./comments";

const sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} });

afterAll(() => sql.end());

describe("listApprovedComments", () => {
  it("shows approved comments as a tree, never pending or spam", async () => {
    const article = await getPublishedArticleBySlug("heimnetzwerk-einrichten");
    const page = await listApprovedComments(article!.id, 1);
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
      const [spam] = await sql<{ id: number }[]>`insert into comments (article_id, author_id, body, status, idempotency_key)
        values (${article.id}, ${user.id}, 'Spam', 'spam', 'test:spam') returning id`;
      await sql`insert into comments (article_id, author_id, parent_id, body, status, idempotency_key)
        values (${article.id}, ${user.id}, ${spam.id}, 'Antwort auf Spam', 'approved', 'test:orphan')`;

      const first = await listApprovedComments(article.id, 1);
      expect(first.threadCount).toBe(total + 1);
      expect(first.pageCount).toBe(2);
      expect(first.threads).toHaveLength(COMMENT_THREADS_PER_PAGE);
      expect(first.threads[0]).toMatchObject({ body: "Thread 0", authorName: null, authorDeleted: true });
      const second = await listApprovedComments(article.id, 2);
      expect(second.threads.map((c) => c.body)).toEqual([...Array.from({ length: 5 }, (_, i) => `Thread ${50 + i}`), "Antwort auf Spam"]);
    } finally {
      await sql`delete from comments where article_id = ${article.id} and idempotency_key like 'test:%'`;
    }
  });
});
