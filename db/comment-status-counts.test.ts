// The counts kept by the triggers of migration 0006 against counting the comments themselves.
import { inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { comments } from "@/db/schema";
import { createArticle, createComment, createUser } from "@/tests/data";

/** Both sides in one statement, so other test files writing at the same time cannot skew them. */
async function keptAndCounted() {
  const [row] = await db.execute<{ kept: Record<string, number>; counted: Record<string, number> }>(sql`
    select
      (select coalesce(jsonb_object_agg(status, n), '{}') from (select status, sum(count)::int as n from comment_status_counts group by status having sum(count) <> 0) k) as kept,
      (select coalesce(jsonb_object_agg(status, n), '{}') from (select status, count(*)::int as n from comments group by status) c) as counted`);
  return row;
}

describe("comment_status_counts", () => {
  it("follows inserts, status changes, edits, bulk updates and deletes", async () => {
    const author = await createUser("author");
    const reader = await createUser();
    const article = await createArticle(author.id);
    const made = [];
    for (const status of ["pending", "pending", "approved", "spam"] as const)
      made.push(await createComment({ articleId: article.id, authorId: reader.id, body: "Zählt mit", status }));
    await db.insert(comments).values(
      Array.from({ length: 5 }, (_, i) => ({
        articleId: article.id,
        authorId: reader.id,
        body: `Viele ${i}`,
        status: "approved" as const,
        idempotencyKey: `count-${article.id}-${i}`,
      })),
    );
    await db
      .update(comments)
      .set({ status: "approved" })
      .where(inArray(comments.id, [made[0].id, made[1].id]));
    await db
      .update(comments)
      .set({ body: "Bearbeitet", editedAt: new Date() })
      .where(inArray(comments.id, [made[2].id]));
    await db
      .update(comments)
      .set({ status: "trash" })
      .where(sql`${comments.articleId} = ${article.id} and ${comments.status} = 'spam'`);
    await db.delete(comments).where(inArray(comments.id, [made[2].id, made[3].id]));

    const { kept, counted } = await keptAndCounted();
    expect(kept).toEqual(counted);
  });
});
