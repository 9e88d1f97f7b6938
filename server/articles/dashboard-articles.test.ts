import { describe, expect, it } from "vitest";
import { createArticle, createComment, createUser } from "@/tests/data";
import { DASHBOARD_ARTICLES_PAGE_SIZE, listDashboardArticles } from "@/server/articles/dashboard-articles";

describe("listDashboardArticles", () => {
  it("lists an author's own articles newest first with approved and pending counts", async () => {
    const author = await createUser("author");
    const other = await createUser("author");
    const reader = await createUser("reader");
    const old = await createArticle(author.id, { publishedAt: new Date("2025-01-01T10:00:00Z") });
    const draft = await createArticle(author.id, { status: "draft", publishedAt: null });
    const recent = await createArticle(author.id, { publishedAt: new Date("2026-01-01T10:00:00Z") });
    await createArticle(other.id);
    for (const status of ["approved", "approved", "pending", "spam", "trash"] as const) {
      await createComment({ articleId: recent.id, authorId: reader.id, body: `Kommentar ${status}`, status });
    }
    await createComment({ articleId: old.id, authorId: reader.id, body: "Wartet", status: "pending" });

    const { rows, nextBefore } = await listDashboardArticles(author);
    expect(nextBefore).toBeNull();
    expect(rows.map((r) => r.id)).toEqual([draft.id, recent.id, old.id]);
    expect(rows.map((r) => [r.approvedCount, r.pendingCount])).toEqual([
      [0, 0],
      [2, 1],
      [0, 1],
    ]);
    expect(rows[0].status).toBe("draft");
    expect(rows[1].date).toEqual(new Date("2026-01-01T10:00:00Z"));
    expect(await listDashboardArticles(reader)).toEqual({ rows: [], nextBefore: null });
  });

  it("pages by keyset without repeating or skipping articles that share a date", async () => {
    const author = await createUser("author");
    const same = new Date("2024-06-01T08:00:00Z");
    const ids: number[] = [];
    for (let i = 0; i < DASHBOARD_ARTICLES_PAGE_SIZE + 5; i++)
      ids.push((await createArticle(author.id, { publishedAt: same })).id);
    const first = await listDashboardArticles(author);
    expect(first.rows).toHaveLength(DASHBOARD_ARTICLES_PAGE_SIZE);
    const second = await listDashboardArticles(author, first.nextBefore!);
    expect(second.nextBefore).toBeNull();
    const seen = [...first.rows, ...second.rows].map((r) => r.id);
    expect(seen).toEqual([...ids].sort((a, b) => b - a));
  });

  it("shows admins every author's articles", async () => {
    const admin = await createUser("admin");
    const author = await createUser("author");
    const newest = await createArticle(author.id, {
      status: "scheduled",
      publishedAt: new Date("2999-01-01T00:00:00Z"),
    });
    const { rows } = await listDashboardArticles(admin);
    expect(rows[0].id).toBe(newest.id);
  });
});
