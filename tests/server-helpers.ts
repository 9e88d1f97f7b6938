// Builders for the integration tests (imported by *.test.ts only).
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, categories, comments, users, type Role } from "@/db/schema";
import { AppError } from "@/server/http/errors";
import { hashPassword } from "@/server/accounts/passwords";
import type { CurrentUser } from "@/server/accounts/session";

let counter = 0;
export const uniqueEmail = (label: string) => `${label}-${process.pid}-${Date.now()}-${++counter}@example.test`;

export async function createTestUser(
  options: { role?: Role; password?: string | null; name?: string; banned?: boolean } = {},
) {
  const email = uniqueEmail(options.role ?? "user");
  const password = options.password === undefined ? "richtig-langes-passwort" : options.password;
  const [row] = await db
    .insert(users)
    .values({
      name: options.name ?? "Test User",
      email,
      role: options.role ?? "reader",
      passwordHash: password ? await hashPassword(password) : null,
      bannedAt: options.banned ? new Date() : null,
      banReason: options.banned ? "Test" : null,
    })
    .returning();
  const current: CurrentUser = {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    banned: Boolean(options.banned),
    hasPassword: Boolean(password),
  };
  return { ...current, password: password ?? "", current };
}

export async function createTestArticle(authorId: string) {
  const slug = `test-${process.pid}-${Date.now()}-${++counter}`;
  const [category] = await db.insert(categories).values({ slug, name: slug }).returning();
  const [article] = await db
    .insert(articles)
    .values({
      slug,
      title: `Artikel ${slug}`,
      status: "published",
      publishedAt: new Date(),
      authorId,
      categoryId: category.id,
    })
    .returning();
  return article;
}

export async function createTestComment(articleId: number, authorId: string, body: string, parentId?: number) {
  const [row] = await db
    .insert(comments)
    .values({ articleId, authorId, body, parentId, status: "approved" })
    .returning();
  return row;
}

export async function getUserRow(id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** The AppError a call was expected to throw (any other outcome fails the test). */
export async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}
