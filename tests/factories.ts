// Rows for integration tests, each with unique slugs and emails so tests never collide.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { isAppError } from "@/lib/app-error";
import { articles, categories, comments, users, type NewArticle, type NewComment, type Role } from "@/db/schema";

const unique = () => randomUUID().slice(0, 8);

export async function createUser(role: Role = "reader", extra: Partial<typeof users.$inferInsert> = {}) {
  const id = unique();
  const [user] = await db
    .insert(users)
    .values({
      name: `Test ${role} ${id}`,
      email: `${role}-${id}@example.com`,
      slug: `test-${role}-${id}`,
      role,
      ...extra,
    })
    .returning();
  return user;
}

export async function createArticle(authorId: string, extra: Partial<NewArticle> = {}) {
  const id = unique();
  const [category] = await db
    .insert(categories)
    .values({ slug: `kategorie-${id}`, name: `Kategorie ${id}` })
    .returning();
  const [article] = await db
    .insert(articles)
    .values({
      slug: `artikel-${id}`,
      title: `Testartikel ${id}`,
      excerpt: "Ein Testartikel.",
      body: "Text des Testartikels.",
      status: "published",
      publishedAt: new Date(Date.now() - 3_600_000),
      authorId,
      categoryId: category.id,
      ...extra,
    })
    .returning();
  return article;
}

export async function createComment(values: Omit<NewComment, "idempotencyKey"> & { idempotencyKey?: string }) {
  const [comment] = await db
    .insert(comments)
    .values({ idempotencyKey: randomUUID(), ...values })
    .returning();
  return comment;
}

export async function commentsOf(articleId: number) {
  return db.select().from(comments).where(eq(comments.articleId, articleId)).orderBy(comments.id);
}

export const key = () => randomUUID();

/** Why a moderation call was refused ("forbidden", "not_found", …), or "allowed". */
export async function denial(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (isAppError(e)) return e.kind;
    throw e;
  }
  return "allowed";
}
