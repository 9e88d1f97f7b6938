import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/db/client";
import { menuItems, pages } from "@/db/schema";
import { cacheKey } from "@/lib/cache-keys";
import type { PageSaveInput } from "@/lib/page-schema";
import { getSitemapRoot } from "@/server/discovery/sitemap";
import { createPage, deletePage, restorePageRevision, unpublishPage, updatePage } from "@/server/pages/page-writes";
import { listRevisions } from "@/server/revisions/revisions";
import { findPageRedirect, getPublishedPageBySlug, legalPageStatus, privacyPagePath } from "@/server/pages/pages";
import { addMenuItem, listMenu } from "@/server/site/menus";
import { listenForPurges, type PurgeListener } from "@/tests/purge-keys";
import { createUser, errorOf } from "@/tests/data";

let n = 0;
const unique = () => `${process.pid}${Date.now().toString(36)}${++n}`;
const input = (extra: Partial<PageSaveInput> = {}): PageSaveInput => ({
  title: `Seite ${unique()}`,
  slug: "",
  excerpt: "",
  body: "Text der Seite.",
  coverImage: "",
  status: "published",
  ...extra,
});

let listener: PurgeListener;
beforeAll(async () => {
  listener = await listenForPurges(inject("databaseUrl"));
});
afterAll(() => listener.close());
const keysOf = async (write: () => Promise<unknown>) => (await listener.published(write)).keys;

describe("static pages", () => {
  it("are managed by admins only; authors and readers are refused", async () => {
    const author = await createUser("author");
    const admin = await createUser("admin");
    expect(await errorOf(createPage(author.current, input()))).toMatchObject({ kind: "forbidden" });
    const { id } = await createPage(admin.current, input());
    expect(await errorOf(updatePage(author.current, id, input()))).toMatchObject({ kind: "forbidden" });
    expect(await errorOf(deletePage(author.current, id))).toMatchObject({ kind: "forbidden" });
    expect(await errorOf(updatePage(admin.current, 999_999_999, input()))).toMatchObject({ kind: "not_found" });
  });

  it("follow the article slug rules; no slug can take a route's place", async () => {
    const admin = await createUser("admin");
    const title = `Über uns ${unique()}`;
    const first = await createPage(admin.current, input({ title }));
    const second = await createPage(admin.current, input({ title }));
    expect(first.slug).toMatch(/^ueber-uns-/);
    expect(second.slug).toBe(`${first.slug}-2`);
    expect(await errorOf(createPage(admin.current, input({ slug: first.slug })))).toMatchObject({
      kind: "conflict",
      publicKey: "editor.errors.slugTaken",
    });
    for (const slug of ["search", "dashboard", "posts", "2025"])
      expect(await errorOf(createPage(admin.current, input({ slug })))).toMatchObject({
        publicKey: "pages.errors.slugReserved",
      });
    // A title that slugifies to a route gets a suffix instead.
    const generated = await createPage(admin.current, input({ title: "Search" }));
    expect(generated.slug).not.toBe("search");
  });

  it("publish, unpublish, rename with a redirect, keep revisions and restore one", async () => {
    const admin = await createUser("admin");
    const data = input({ status: "draft", body: "Erste Fassung" });
    const { id, slug } = await createPage(admin.current, data);
    expect(await getPublishedPageBySlug(slug)).toBeNull();
    await updatePage(admin.current, id, { ...data, status: "published", body: "Zweite Fassung" });
    expect((await getPublishedPageBySlug(slug))?.body).toBe("Zweite Fassung");
    await updatePage(admin.current, id, { ...data, slug: `${slug}-neu`, status: "published", body: "Dritte" });
    expect(await findPageRedirect(slug)).toBe(`${slug}-neu`);
    const revisions = (await listRevisions(admin.current, "page", id)).revisions;
    expect(revisions).toHaveLength(2);
    await restorePageRevision(admin.current, id, revisions[revisions.length - 1].id);
    const restored = await getPublishedPageBySlug(slug);
    expect(restored?.body).toBe("Erste Fassung");
    expect((await listRevisions(admin.current, "page", id)).revisions).toHaveLength(3);
    await unpublishPage(admin.current, id);
    expect(await getPublishedPageBySlug(slug)).toBeNull();
    expect(await findPageRedirect(`${slug}-neu`)).toBeNull();
  });

  it("are in the sitemap while published", async () => {
    const admin = await createUser("admin");
    const { id, slug } = await createPage(admin.current, input());
    expect(await getSitemapRoot()).toContain(`/${slug}</loc>`);
    await unpublishPage(admin.current, id);
    expect(await getSitemapRoot()).not.toContain(`/${slug}</loc>`);
  });

  it("publish their own keys; a page in a menu purges the frame too", async () => {
    const admin = await createUser("admin");
    const data = input({ status: "draft" });
    const { id } = await createPage(admin.current, data);
    // A draft is on no public page.
    expect(await keysOf(() => updatePage(admin.current, id, { ...data, body: "Neu" }))).toEqual([]);
    expect(await keysOf(() => updatePage(admin.current, id, { ...data, status: "published" }))).toEqual(
      [cacheKey.page(id), cacheKey.sitemap].sort(),
    );
    expect(await keysOf(() => addMenuItem(admin.current, menuItem(id)))).toEqual([cacheKey.layout]);
    expect(
      await keysOf(() => updatePage(admin.current, id, { ...data, title: "Umbenannt", status: "published" })),
    ).toEqual([cacheKey.layout, cacheKey.page(id), cacheKey.sitemap].sort());
    const keys = await keysOf(() => deletePage(admin.current, id));
    expect(keys).toEqual([cacheKey.layout, cacheKey.page(id), cacheKey.sitemap].sort());
    expect(await db.select().from(menuItems).where(eq(menuItems.targetId, id))).toEqual([]);
  });
});

const menuItem = (pageId: number) => ({
  menu: "footer" as const,
  label: "Testseite",
  target: "page" as const,
  targetId: pageId,
  url: null,
});

describe("legal pages", () => {
  it("every site starts with Impressum and Datenschutz as drafts that explain, not pretend", async () => {
    const rows = await db.select().from(pages).where(eq(pages.status, "draft"));
    const impressum = rows.find((p) => p.systemKey === "impressum");
    const privacy = rows.find((p) => p.systemKey === "datenschutz");
    expect(impressum?.slug).toBe("impressum");
    expect(impressum?.body).toContain("§ 5 Digitale-Dienste-Gesetz");
    expect(impressum?.body).toContain("keine gültige");
    expect(privacy?.slug).toBe("datenschutz");
    expect(privacy?.body).toContain("Art. 13");
    expect(privacy?.body).toContain("keine gültige");
    // Migration 0016: what comments store, and where guests ask for their data.
    expect(privacy?.body).toContain("[Meine Daten](/meine-daten)");
    const status = await legalPageStatus();
    expect(status.impressum).toMatchObject({ published: false });
    expect(status.datenschutz).toMatchObject({ published: false });
    expect(await privacyPagePath()).toBeNull();
  });

  it("the privacy page's address is known once it is published; its publication purges the frame", async () => {
    const admin = await createUser("admin");
    const [privacy] = await db.select().from(pages).where(eq(pages.systemKey, "datenschutz"));
    const data = { title: privacy.title, slug: privacy.slug, excerpt: "", body: privacy.body, coverImage: "" };
    const keys = await keysOf(() => updatePage(admin.current, privacy.id, { ...data, status: "published" }));
    expect(keys).toContain(cacheKey.layout);
    expect(await privacyPagePath()).toBe("/datenschutz");
    expect((await legalPageStatus()).datenschutz).toMatchObject({ published: true });
    await unpublishPage(admin.current, privacy.id);
    expect(await privacyPagePath()).toBeNull();
  });
});

describe("menus", () => {
  it("show only public targets, at their current address, external ones marked", async () => {
    const admin = await createUser("admin");
    const data = input({ status: "draft" });
    const { id, slug } = await createPage(admin.current, data);
    const item = await addMenuItem(admin.current, { ...menuItem(id), menu: "header", label: `Draft ${slug}` });
    const ext = await addMenuItem(admin.current, {
      menu: "header",
      label: `Extern ${slug}`,
      target: "url",
      targetId: null,
      url: "https://example.org/",
    });
    let header = await listMenu("header");
    expect(header.find((l) => l.id === item)).toBeUndefined();
    expect(header.find((l) => l.id === ext)).toMatchObject({ href: "https://example.org/", external: true });
    await updatePage(admin.current, id, { ...data, slug: `${slug}-x`, status: "published" });
    header = await listMenu("header");
    expect(header.find((l) => l.id === item)).toMatchObject({ href: `/${slug}-x`, external: false });
    expect(header.findIndex((l) => l.id === item)).toBeLessThan(header.findIndex((l) => l.id === ext));
    await db.delete(menuItems).where(eq(menuItems.id, item));
    await db.delete(menuItems).where(eq(menuItems.id, ext));
  });
});
