import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/db/client";
import { articles, articleTags, tags } from "@/db/schema";
import { cacheKey } from "@/lib/cache-keys";
import { listenForPurges, type PurgeListener } from "@/tests/purge-keys";
import { getAdjacentArticles } from "@/server/articles/article-navigation";
import { createArticle, unpublishArticle, updateArticle } from "@/server/articles/article-writes";
import { updateTaxonomy } from "@/server/articles/taxonomy";
import { createCategory, createUser, editorInput } from "@/tests/data";
import { env } from "@/lib/env";

// What the editor's and the taxonomy admin's writes publish (db/migrations/0008_purge_keys.sql).

let listener: PurgeListener;
beforeAll(async () => {
  listener = await listenForPurges(inject("databaseUrl"));
});
afterAll(() => listener.close());

let n = 0;
const unique = () => `${process.pid}${Date.now().toString(36)}${++n}`;
const keysOf = async (write: () => Promise<unknown>) => (await listener.published(write)).keys;
const sorted = (...keys: string[]) => [...new Set(keys)].sort();

async function load(id: number) {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  return row;
}

async function tagKeys(articleId: number): Promise<string[]> {
  const rows = await db.select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, articleId));
  return rows.map((r) => cacheKey.tag(r.id));
}

/** The visible articles before and after this one: their previous/next links point at it. */
async function neighbourKeys(article: { id: number; publishedAt: Date | null }): Promise<string[]> {
  const { previous, next } = await getAdjacentArticles({ id: article.id, publishedAt: article.publishedAt! });
  const slugs = [previous?.slug, next?.slug].filter((s): s is string => Boolean(s));
  if (slugs.length === 0) return [];
  const rows = await db.select({ id: articles.id }).from(articles).where(inArray(articles.slug, slugs));
  return rows.map((r) => cacheKey.article(r.id));
}

function archiveKey(date: Date): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: env().SITE_TIMEZONE,
    year: "numeric",
    month: "numeric",
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return cacheKey.archive(part("year"), part("month"));
}

/** Whether other visible articles share the article's archive month (then the sidebar's months stay). */
async function monthShared(article: { id: number; publishedAt: Date | null }): Promise<boolean> {
  const rows = await db.execute<{ shared: boolean }>(sql`
    select exists(select 1 from articles x where x.id <> ${article.id} and x.status in ('published', 'scheduled') and x.published_at <= now()
      and date_trunc('month', x.published_at at time zone ${env().SITE_TIMEZONE}) = date_trunc('month', ${article.publishedAt!.toISOString()}::timestamptz at time zone ${env().SITE_TIMEZONE})) as shared`);
  return Array.from(rows)[0].shared;
}

/** Everything that lists the article where it stands: what its publication or withdrawal purges. */
async function listingKeys(article: Awaited<ReturnType<typeof load>>): Promise<string[]> {
  return [
    cacheKey.article(article.id),
    cacheKey.search,
    cacheKey.sitemap,
    cacheKey.home,
    ...((await monthShared(article)) ? [] : [cacheKey.months]),
    archiveKey(article.publishedAt!),
    cacheKey.category(article.categoryId),
    cacheKey.author(article.authorId),
    ...(await tagKeys(article.id)),
    ...(await neighbourKeys(article)),
  ];
}

describe("saving articles", () => {
  it("a text change purges the article, search and the sitemap (lastmod), nothing of an unrelated article", async () => {
    const author = await createUser("author");
    const saved = await editorInput({ tags: [`Purge ${unique()}`] });
    const { id } = await createArticle(author.current, saved);
    const unrelated = await createArticle(author.current, await editorInput());
    const keys = await keysOf(() => updateArticle(author.current, id, { ...saved, body: "Neuer Text." }));
    expect(keys).toEqual(sorted(cacheKey.article(id), cacheKey.search, cacheKey.sitemap));
    expect(keys).not.toContain(cacheKey.article(unrelated.id));
  });

  it("publishing and unpublishing purge every list the article enters or leaves, and its neighbours", async () => {
    const author = await createUser("author");
    const draft = await editorInput({ status: "draft", tags: [`Purge ${unique()}`, `Purge ${unique()}`] });
    const { id } = await createArticle(author.current, draft);
    const published = await keysOf(() => updateArticle(author.current, id, { ...draft, status: "published" }));
    expect(published).toEqual(sorted(...(await listingKeys(await load(id)))));
    expect(published.filter((key) => key.startsWith("tag:"))).toHaveLength(2);

    const before = await listingKeys(await load(id));
    const withdrawn = await keysOf(() => unpublishArticle(author.current, id));
    expect(withdrawn).toEqual(sorted(...before));
  });

  it("a new slug purges the article and the sitemap; a new category both categories' lists", async () => {
    const author = await createUser("author");
    const saved = await editorInput();
    const { id, slug } = await createArticle(author.current, saved);
    const renamed = { ...saved, slug: `neu-${unique()}` };
    expect(await keysOf(() => updateArticle(author.current, id, renamed))).toEqual(
      sorted(cacheKey.article(id), cacheKey.search, cacheKey.sitemap),
    );
    const moved = { ...renamed, categoryId: await createCategory() };
    expect(await keysOf(() => updateArticle(author.current, id, moved))).toEqual(
      sorted(
        cacheKey.article(id),
        cacheKey.search,
        cacheKey.sitemap,
        cacheKey.category(saved.categoryId),
        cacheKey.category(moved.categoryId),
      ),
    );
    // A new article taking the old slug ends its redirect, which a cache may hold under the old article's key.
    const taken = await keysOf(() => createArticle(author.current, { ...saved, title: `Andere ${unique()}`, slug }));
    expect(taken).toContain(cacheKey.article(id));
  });

  it("scheduling an article for later purges the lists it will enter, so they expire at its time", async () => {
    const author = await createUser("author");
    const draft = await editorInput({ status: "draft" });
    const { id } = await createArticle(author.current, draft);
    const later = { ...draft, status: "scheduled" as const, scheduledFor: new Date(Date.now() + 7 * 86_400_000) };
    const keys = await keysOf(() => updateArticle(author.current, id, later));
    const article = await load(id);
    expect(keys).toEqual(
      expect.arrayContaining([
        cacheKey.article(id),
        cacheKey.home,
        archiveKey(article.publishedAt!),
        cacheKey.category(article.categoryId),
        cacheKey.author(article.authorId),
      ]),
    );
  });

  it("adding and removing tags purges those tags' lists only", async () => {
    const author = await createUser("author");
    const [kept, removed, added] = [`Bleibt ${unique()}`, `Geht ${unique()}`, `Kommt ${unique()}`];
    const saved = await editorInput({ tags: [kept, removed] });
    const { id } = await createArticle(author.current, saved);
    const keys = await keysOf(() => updateArticle(author.current, id, { ...saved, tags: [kept, added] }));
    const ids = await db
      .select({ id: tags.id, name: tags.name })
      .from(tags)
      .where(inArray(tags.name, [removed, added]));
    expect(keys).toEqual(
      sorted(cacheKey.article(id), cacheKey.search, cacheKey.sitemap, ...ids.map((t) => cacheKey.tag(t.id))),
    );
  });

  it("files archive months in the site's time zone", async () => {
    const author = await createUser("author");
    const { id } = await createArticle(author.current, await editorInput());
    // 23:30 UTC on 28 February is 1 March in Berlin.
    const keys = await keysOf(() =>
      db
        .update(articles)
        .set({ publishedAt: new Date("2021-02-28T23:30:00Z") })
        .where(eq(articles.id, id)),
    );
    expect(env().SITE_TIMEZONE).toBe("Europe/Berlin");
    expect(keys).toContain(cacheKey.archive(2021, 3));
    expect(keys).not.toContain(cacheKey.archive(2021, 2));
    // March 2021 had no article: the month appears in the sidebar.
    expect(keys).toContain(cacheKey.months);
    // Within the month the sidebar stays as it was.
    const within = await keysOf(() =>
      db
        .update(articles)
        .set({ publishedAt: new Date("2021-03-05T12:00:00Z") })
        .where(eq(articles.id, id)),
    );
    expect(within).toContain(cacheKey.archive(2021, 3));
    expect(within).not.toContain(cacheKey.months);
    await db.delete(articles).where(eq(articles.id, id));
  });
});

describe("categories and tags", () => {
  it("a renamed category purges the layout, its lists and its visible articles", async () => {
    const author = await createUser("author");
    const admin = await createUser("admin");
    const saved = await editorInput();
    const shown = await createArticle(author.current, saved);
    await createArticle(author.current, { ...(await editorInput({ status: "draft" })), categoryId: saved.categoryId });
    const keys = await keysOf(() =>
      updateTaxonomy(admin.current, "category", saved.categoryId, {
        name: `Umbenannt ${unique()}`,
        slug: "",
        description: "",
      }),
    );
    expect(keys).toEqual(sorted(cacheKey.layout, cacheKey.category(saved.categoryId), cacheKey.article(shown.id)));
    const moved = await keysOf(() =>
      updateTaxonomy(admin.current, "category", saved.categoryId, {
        name: `Umbenannt ${unique()}`,
        slug: `umbenannt-${unique()}`,
        description: "",
      }),
    );
    expect(moved).toEqual(
      sorted(cacheKey.layout, cacheKey.category(saved.categoryId), cacheKey.article(shown.id), cacheKey.sitemap),
    );
  });

  it("a renamed tag purges its lists and the visible articles carrying it", async () => {
    const author = await createUser("author");
    const admin = await createUser("admin");
    const name = `Schlagwort ${unique()}`;
    const shown = await createArticle(author.current, await editorInput({ tags: [name] }));
    await createArticle(author.current, await editorInput({ status: "draft", tags: [name] }));
    const [tag] = await db.select({ id: tags.id }).from(tags).where(eq(tags.name, name));
    expect(
      await keysOf(() =>
        updateTaxonomy(admin.current, "tag", tag.id, { name: `${name} neu`, slug: "", description: "" }),
      ),
    ).toEqual(sorted(cacheKey.tag(tag.id), cacheKey.article(shown.id)));
  });
});
