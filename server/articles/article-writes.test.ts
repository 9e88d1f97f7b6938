import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { articles, tags } from "@/db/schema";
import { createArticle, getArticleForEditing, unpublishArticle, updateArticle } from "@/server/articles/article-writes";
import { getRevision, listRevisions, restoreRevision } from "@/server/articles/revisions";
import { findArticleRedirect } from "@/server/articles/slug-redirects";
import { createCategory, createUser, editorInput, errorOf } from "@/tests/data";

let n = 0;
const unique = () => `${process.pid}${Date.now().toString(36)}${++n}`;

describe("slugs", () => {
  it("generates German slugs with a numeric suffix on clashes; an explicit clash is an error", async () => {
    const author = await createUser("author");
    const title = `Über Größe ${unique()}`;
    const first = await createArticle(author.current, await editorInput({ title }));
    const second = await createArticle(author.current, await editorInput({ title }));
    const third = await createArticle(author.current, await editorInput({ title }));
    expect(first.slug).toMatch(/^ueber-groesse-/);
    expect(second.slug).toBe(`${first.slug}-2`);
    expect(third.slug).toBe(`${first.slug}-3`);
    const clash = await errorOf(createArticle(author.current, await editorInput({ slug: first.slug })));
    expect(clash).toMatchObject({ kind: "conflict", publicKey: "editor.errors.slugTaken" });
    // Saving an article with its own slug is no clash.
    await updateArticle(author.current, first.id, await editorInput({ title, slug: first.slug }));
  });

  it("creates new tags with generated slugs and reuses existing ones", async () => {
    const author = await createUser("author");
    const name = `Straßenbau ${unique()}`;
    const a = await createArticle(author.current, await editorInput({ tags: [name, "Neu Tag " + name] }));
    const b = await createArticle(author.current, await editorInput({ tags: [name.toUpperCase()] }));
    const rows = await db.select().from(tags).where(eq(tags.name, name));
    expect(rows).toHaveLength(1);
    expect(rows[0].slug).toMatch(/^strassenbau-/);
    expect((await getArticleForEditing(author.current, a.id)).tags.split(", ")).toHaveLength(2);
    expect((await getArticleForEditing(author.current, b.id)).tags).toBe(name);
  });
});

describe("redirects", () => {
  it("follow any number of renames in one hop; a slug taken again wins over its redirect", async () => {
    const author = await createUser("author");
    const data = await editorInput();
    const { id, slug: first } = await createArticle(author.current, data);
    await updateArticle(author.current, id, { ...data, slug: `${first}-b` });
    await updateArticle(author.current, id, { ...data, slug: `${first}-c` });
    expect(await findArticleRedirect(first)).toBe(`${first}-c`);
    expect(await findArticleRedirect(`${first}-b`)).toBe(`${first}-c`);
    expect(await findArticleRedirect(`${first}-c`)).toBeNull();
    // Back to an earlier slug: that one is the article's again, the others point to it.
    await updateArticle(author.current, id, { ...data, slug: first });
    expect(await findArticleRedirect(first)).toBeNull();
    expect(await findArticleRedirect(`${first}-c`)).toBe(first);
    // A new article takes an old slug: the redirect for it is gone.
    await createArticle(author.current, await editorInput({ slug: `${first}-b` }));
    expect(await findArticleRedirect(`${first}-b`)).toBeNull();
    // Drafts are not redirected to.
    await unpublishArticle(author.current, id);
    expect(await findArticleRedirect(`${first}-c`)).toBeNull();
  });
});

describe("revisions", () => {
  it("each save keeps the previous version with who saved it and when; restoring is a save of its own", async () => {
    const author = await createUser("author", { name: "Autorin Rev" });
    const admin = await createUser("admin", { name: "Admin Rev" });
    const data = await editorInput({ body: "Version 1", tags: ["Eins"] });
    const { id } = await createArticle(author.current, data);
    await updateArticle(admin.current, id, { ...data, body: "Version 2", tags: ["Zwei"] });
    await updateArticle(author.current, id, { ...data, body: "Version 3" });

    const revisions = await listRevisions(author.current, id);
    expect(revisions.map((r) => r.savedBy)).toEqual(["Admin Rev", "Autorin Rev"]);
    const oldest = await getRevision(author.current, id, revisions[1].id);
    expect(oldest).toMatchObject({ body: "Version 1", tags: ["Eins"] });

    await restoreRevision(author.current, id, oldest.id);
    const restored = await getArticleForEditing(author.current, id);
    expect(restored).toMatchObject({ body: "Version 1", tags: "Eins", status: "published" });
    const after = await listRevisions(author.current, id);
    expect(after).toHaveLength(3);
    expect((await getRevision(author.current, id, after[0].id)).body).toBe("Version 3");
  });
});

describe("permissions and publication", () => {
  it("lets authors edit only their own articles (404 before 403), admins any; readers none", async () => {
    const owner = await createUser("author");
    const other = await createUser("author");
    const admin = await createUser("admin");
    const reader = await createUser("reader");
    const data = await editorInput({ body: "Original" });
    const { id } = await createArticle(owner.current, data);
    expect(await errorOf(updateArticle(other.current, id, { ...data, body: "Fremd" }))).toMatchObject({
      kind: "forbidden",
    });
    expect(await errorOf(unpublishArticle(other.current, id))).toMatchObject({ kind: "forbidden" });
    expect(await errorOf(listRevisions(other.current, id))).toMatchObject({ kind: "forbidden" });
    expect(await errorOf(updateArticle(other.current, 999_999_999, data))).toMatchObject({ kind: "not_found" });
    expect(await errorOf(createArticle(reader.current, data))).toMatchObject({ kind: "forbidden" });
    expect((await getArticleForEditing(owner.current, id)).body).toBe("Original");
    await updateArticle(admin.current, id, { ...data, body: "Redigiert" });
    expect((await getArticleForEditing(owner.current, id)).body).toBe("Redigiert");
  });

  it("schedules only in the future, keeps the first publication date, and unpublishes to draft", async () => {
    const author = await createUser("author");
    const past = await errorOf(
      createArticle(
        author.current,
        await editorInput({ status: "scheduled", scheduledFor: new Date(Date.now() - 60_000) }),
      ),
    );
    expect(past).toMatchObject({ kind: "invalid", publicKey: "editor.errors.scheduleInPast" });
    const later = new Date(Date.now() + 3_600_000);
    const data = await editorInput({ status: "scheduled", scheduledFor: later });
    const { id } = await createArticle(author.current, data);
    const [scheduled] = await db.select().from(articles).where(eq(articles.id, id));
    expect(scheduled).toMatchObject({ status: "scheduled", publishedAt: later });
    await updateArticle(author.current, id, { ...data, status: "published", scheduledFor: null });
    const [published] = await db.select().from(articles).where(eq(articles.id, id));
    expect(published.publishedAt!.getTime()).toBeLessThanOrEqual(Date.now());
    await updateArticle(author.current, id, { ...data, status: "published", scheduledFor: null, body: "Neu" });
    const [edited] = await db.select().from(articles).where(eq(articles.id, id));
    expect(edited.publishedAt).toEqual(published.publishedAt);
    await unpublishArticle(author.current, id);
    const [draft] = await db.select().from(articles).where(eq(articles.id, id));
    expect(draft).toMatchObject({ status: "draft", publishedAt: null });
  });
});

describe("taxonomy", () => {
  it("renames categories and tags with redirects, deletes a category only after moving its articles", async () => {
    const { createTaxonomy, deleteTaxonomy, listTaxonomy, updateTaxonomy } = await import("@/server/articles/taxonomy");
    const { findTaxonomyRedirect } = await import("@/server/articles/slug-redirects");
    const admin = await createUser("admin");
    const author = await createUser("author");
    const name = `Rubrik ${unique()}`;
    await createTaxonomy(admin.current, "category", { name, slug: "", description: "" });
    const created = (await listTaxonomy(admin.current, "category")).find((c) => c.name === name)!;
    expect(created.slug).toMatch(/^rubrik-/);
    await updateTaxonomy(admin.current, "category", created.id, {
      name,
      slug: `${created.slug}-neu`,
      description: "Beschreibung",
    });
    await updateTaxonomy(admin.current, "category", created.id, {
      name,
      slug: `${created.slug}-neuer`,
      description: "",
    });
    expect(await findTaxonomyRedirect("category", created.slug)).toBe(`${created.slug}-neuer`);
    expect(await findTaxonomyRedirect("category", `${created.slug}-neu`)).toBe(`${created.slug}-neuer`);
    expect(await findTaxonomyRedirect("tag", created.slug)).toBeNull();

    const { id } = await createArticle(author.current, await editorInput({ categoryId: created.id }));
    expect(await errorOf(deleteTaxonomy(admin.current, "category", created.id, null))).toMatchObject({
      publicKey: "taxonomy.errors.notEmpty",
    });
    expect(await errorOf(deleteTaxonomy(author.current, "category", created.id, null))).toMatchObject({
      kind: "forbidden",
    });
    const target = await createCategory();
    await deleteTaxonomy(admin.current, "category", created.id, target);
    expect((await getArticleForEditing(author.current, id)).categoryId).toBe(target);
    expect(await findTaxonomyRedirect("category", created.slug)).toBeNull();
  });
});
