// Demo content: idempotent, so `npm run db:seed` can run any number of times. Rows are
// matched on their natural keys (email, slug, the comment's seed key) and never overwritten,
// so changes made through the site survive a re-seed.
import { hash } from "@node-rs/argon2";
import { and, eq, sql as dsql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { ARGON2_OPTIONS } from "../lib/password-policy";
import {
  demoArticles,
  demoCategories,
  demoComments,
  demoFooterMenu,
  demoPages,
  demoSponsors,
  demoTags,
  demoUsers,
} from "./demo-content";
import * as schema from "./schema";

// Demo-only passwords, documented in the README. Never use these accounts in production.
export const DEMO_PASSWORDS = {
  admin: "demo-admin-2026",
  author: "demo-autor-2026",
  reader: "demo-leser-2026",
} as const;

export async function isDatabaseEmpty(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ n: number }[]>`select count(*)::int as n from articles`;
    return row.n === 0;
  } finally {
    await sql.end();
  }
}

export async function seedDemoContent(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const db = drizzle(sql, { schema });
  try {
    await db.transaction(async (tx) => {
      const userIds = new Map<string, string>();
      for (const u of demoUsers) {
        const passwordHash = await hash(DEMO_PASSWORDS[u.role], ARGON2_OPTIONS);
        await tx
          .insert(schema.users)
          .values({
            name: u.name,
            email: u.email,
            slug: u.slug,
            role: u.role,
            bio: u.bio,
            passwordHash,
            emailVerified: new Date(),
          })
          .onConflictDoNothing({ target: schema.users.email });
        const [row] = await tx
          .select({ id: schema.users.id })
          .from(schema.users)
          .where(eq(schema.users.email, u.email));
        userIds.set(u.key, row.id);
      }

      const categoryIds = new Map<string, number>();
      for (const [position, c] of demoCategories.entries()) {
        await tx
          .insert(schema.categories)
          .values({ ...c, position })
          .onConflictDoNothing({ target: schema.categories.slug });
        const [row] = await tx
          .select({ id: schema.categories.id })
          .from(schema.categories)
          .where(eq(schema.categories.slug, c.slug));
        categoryIds.set(c.slug, row.id);
      }

      const tagIds = new Map<string, number>();
      for (const t of demoTags) {
        await tx.insert(schema.tags).values(t).onConflictDoNothing({ target: schema.tags.slug });
        const [row] = await tx.select({ id: schema.tags.id }).from(schema.tags).where(eq(schema.tags.slug, t.slug));
        tagIds.set(t.slug, row.id);
      }

      const articleIds = new Map<string, number>();
      for (const a of demoArticles) {
        const publishedAt = new Date(a.publishedAt);
        await tx
          .insert(schema.articles)
          .values({
            slug: a.slug,
            title: a.title,
            excerpt: a.excerpt,
            body: a.body,
            status: a.status,
            publishedAt,
            createdAt: publishedAt,
            updatedAt: publishedAt,
            authorId: userIds.get(a.authorKey)!,
            categoryId: categoryIds.get(a.categorySlug)!,
            commentsOpen: a.commentsOpen,
          })
          .onConflictDoNothing({ target: schema.articles.slug });
        const [row] = await tx
          .select({ id: schema.articles.id })
          .from(schema.articles)
          .where(eq(schema.articles.slug, a.slug));
        articleIds.set(a.slug, row.id);
        for (const tagSlug of a.tagSlugs) {
          await tx
            .insert(schema.articleTags)
            .values({ articleId: row.id, tagId: tagIds.get(tagSlug)! })
            .onConflictDoNothing();
        }
      }

      const commentIds = new Map<string, number>();
      for (const c of demoComments) {
        const authorId = userIds.get(c.authorKey)!;
        const idempotencyKey = `seed:${c.key}`;
        const createdAt = new Date(c.createdAt);
        await tx
          .insert(schema.comments)
          .values({
            articleId: articleIds.get(c.articleSlug)!,
            parentId: c.parentKey ? commentIds.get(c.parentKey)! : null,
            authorId,
            body: c.body,
            status: c.status,
            createdAt,
            updatedAt: createdAt,
            idempotencyKey,
          })
          .onConflictDoNothing();
        const [row] = await tx
          .select({ id: schema.comments.id })
          .from(schema.comments)
          .where(and(eq(schema.comments.authorId, authorId), eq(schema.comments.idempotencyKey, idempotencyKey)));
        commentIds.set(c.key, row.id);
      }

      const [{ n: sponsorCount }] = await tx.select({ n: dsql<number>`count(*)::int` }).from(schema.sponsors);
      if (sponsorCount === 0) await tx.insert(schema.sponsors).values(demoSponsors);

      for (const p of demoPages)
        await tx
          .insert(schema.pages)
          .values({ ...p, status: "published", publishedAt: dsql`now()` })
          .onConflictDoNothing({ target: schema.pages.slug });
      // The demo takes guest comments, as the page it is modelled on does; a new site starts
      // without (server/site/settings.ts). Only when no admin has saved settings yet.
      await tx
        .insert(schema.settings)
        .values({ key: "moderation", value: { allowGuestComments: true } })
        .onConflictDoNothing({ target: schema.settings.key });
      // Menus only on a site without any: what an admin arranged stays as it is.
      const [{ n: menuCount }] = await tx.select({ n: dsql<number>`count(*)::int` }).from(schema.menuItems);
      if (menuCount === 0) {
        const header = demoCategories.map((c, position) => ({
          menu: "header" as const,
          position: position + 1,
          label: c.name,
          target: "category" as const,
          targetId: categoryIds.get(c.slug)!,
        }));
        const footer = [];
        for (const [position, item] of demoFooterMenu.entries()) {
          const [page] = await tx
            .select({ id: schema.pages.id })
            .from(schema.pages)
            .where(
              item.systemKey ? eq(schema.pages.systemKey, item.systemKey) : eq(schema.pages.slug, item.slug ?? ""),
            );
          if (page)
            footer.push({
              menu: "footer" as const,
              position: position + 1,
              label: item.label,
              target: "page" as const,
              targetId: page.id,
            });
        }
        await tx.insert(schema.menuItems).values([...header, ...footer]);
      }
    });
  } finally {
    await sql.end();
  }
}
