import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sql } from "@/db/client";
import { cacheKey } from "@/lib/cache-keys";
import { deleteMediaImage, listMediaImages, listPickerImages, updateMediaText } from "@/server/media/library";
import { findMediaUses } from "@/server/media/usage";
import { readMedia, storeImage } from "@/server/site/uploads";
import { createArticle, createMediaImage, createPage, createUser, denial, errorOf, type TestUser } from "@/tests/data";
import { listenForPurges, type PurgeListener } from "@/tests/purge-keys";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import sharp from "sharp";

let author: TestUser;
let other: TestUser;
let admin: TestUser;
let listener: PurgeListener;
beforeAll(async () => {
  [author, other, admin] = await Promise.all([createUser("author"), createUser("author"), createUser("admin")]);
  listener = await listenForPurges(inject("databaseUrl"));
});
afterAll(() => listener.close());

describe("where an image is used", () => {
  it("finds articles by body and by cover, pages, the trash included, and nothing for an unused image", async () => {
    const [inBody, asCover, inPage, unused] = await Promise.all([
      createMediaImage(author.id),
      createMediaImage(author.id),
      createMediaImage(author.id),
      createMediaImage(author.id),
    ]);
    const body = await createArticle(author.id, { body: `Vorher\n\n![Ein Baum](/media/${inBody.id}-960.webp)\n` });
    const cover = await createArticle(author.id, { coverImage: asCover.url, status: "trash" });
    const page = await createPage({ body: `![Logo](${inPage.url})` });
    const uses = await findMediaUses([inBody.id, asCover.id, inPage.id, unused.id]);
    expect(uses.get(inBody.id)).toEqual([
      { mediaId: inBody.id, kind: "article", id: body.id, title: body.title, status: "published", asCover: false },
    ]);
    expect(uses.get(asCover.id)).toMatchObject([{ kind: "article", id: cover.id, status: "trash", asCover: true }]);
    expect(uses.get(inPage.id)).toMatchObject([{ kind: "page", id: page.id, asCover: false }]);
    expect(uses.get(unused.id)).toEqual([]);
  });

  it("lists the uses with each image of the library page", async () => {
    const image = await createMediaImage(author.id);
    const article = await createArticle(author.id, { body: `![x](${image.url})` });
    const { items } = await listMediaImages(author.current, 1);
    expect(items.find((i) => i.id === image.id)?.uses.map((u) => u.id)).toEqual([article.id]);
  });
});

describe("who sees and manages which image", () => {
  it("shows authors their own uploads and admins every image", async () => {
    const mine = await createMediaImage(author.id);
    const theirs = await createMediaImage(other.id);
    const imported = await createMediaImage(null);
    const authorIds = (await listPickerImages(author.current)).map((i) => i.id);
    expect(authorIds).toContain(mine.id);
    expect(authorIds).not.toContain(theirs.id);
    expect(authorIds).not.toContain(imported.id);
    const adminIds = (await listPickerImages(admin.current)).map((i) => i.id);
    expect(adminIds).toEqual(expect.arrayContaining([mine.id, theirs.id, imported.id]));
  });

  it("refuses another author's image (403) and an unknown one (404), for both writes", async () => {
    const theirs = await createMediaImage(other.id);
    expect(await denial(updateMediaText(author.current, theirs.id, { alt: "x", caption: "" }))).toBe("forbidden");
    expect(await denial(deleteMediaImage(author.current, theirs.id))).toBe("forbidden");
    expect(await denial(deleteMediaImage(author.current, "0".repeat(24)))).toBe("not_found");
    expect(await denial(updateMediaText(admin.current, theirs.id, { alt: "Admin darf", caption: "" }))).toBe("allowed");
  });
});

describe("alt text and caption", () => {
  it("are stored and inserted with the image: the caption as a line below, its markup escaped", async () => {
    const image = await createMediaImage(author.id);
    await updateMediaText(author.current, image.id, { alt: "Ein [alter] Baum", caption: "Foto: *Anna*" });
    const [row] = await sql`select alt, caption from media_images where id = ${image.id}`;
    expect(row).toEqual({ alt: "Ein [alter] Baum", caption: "Foto: *Anna*" });
    const item = (await listPickerImages(author.current)).find((i) => i.id === image.id)!;
    expect(item.markdown).toBe(`![Ein \\[alter\\] Baum](${image.url})\n*Foto: \\*Anna\\**`);
  });

  it("change no published page: an article keeps the alt text in its own Markdown, nothing is purged", async () => {
    const image = await createMediaImage(author.id);
    await createArticle(author.id, { body: `![Alt](${image.url})` });
    const { keys } = await listener.published(() =>
      updateMediaText(author.current, image.id, { alt: "Neu", caption: "" }),
    );
    expect(keys).toEqual([]);
  });
});

describe("deleting", () => {
  it("refuses an image an article or a page still shows, with a German message, and keeps every width", async () => {
    const image = await createMediaImage(author.id);
    const article = await createArticle(author.id, { coverImage: image.url });
    const error = await errorOf(deleteMediaImage(author.current, image.id));
    expect(error).toMatchObject({ kind: "conflict", publicKey: "mediaLibrary.errors.inUse" });
    expect(await readMedia(`${image.id}-480.webp`)).not.toBeNull();
    expect((await sql`select 1 from media_images where id = ${image.id}`).length).toBe(1);
    await sql`update articles set cover_image = null where id = ${article.id}`;
    const page = await createPage({ status: "draft", body: `![x](/media/${image.id}-480.webp)` });
    expect(await denial(deleteMediaImage(admin.current, image.id))).toBe("conflict");
    await sql`delete from pages where id = ${page.id}`;
  });

  it("deletes an unused image with every width and purges its key", async () => {
    const image = await createMediaImage(author.id);
    const { keys } = await listener.published(() => deleteMediaImage(author.current, image.id));
    expect(keys).toEqual([cacheKey.media(image.id)]);
    for (const width of [480, 960, 1600]) expect(await readMedia(`${image.id}-${width}.webp`)).toBeNull();
    expect((await sql`select 1 from media_images where id = ${image.id}`).length).toBe(0);
  });
});

describe("uploads", () => {
  it("enter the library with their uploader, dimensions and size; the same bytes again keep the first row", async () => {
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: { r: 1, g: 2, b: 250 } } })
      .png()
      .toBuffer();
    const stored = await storeImage({ name: "blau.png", type: "image/png", bytes: png }, { uploadedBy: author.id });
    const id = stored.url.slice("/media/".length, "/media/".length + 24);
    await storeImage({ name: "blau.png", type: "image/png", bytes: png }, { uploadedBy: other.id, alt: "anders" });
    const [row] = await sql`select uploaded_by, width, height, bytes, alt from media_images where id = ${id}`;
    expect(row).toMatchObject({ uploaded_by: author.id, width: 300, height: 200, alt: "" });
    expect(row.bytes).toBeGreaterThan(0);
  });
});

describe("migration 0017", () => {
  it("gives images stored before the library a row without uploader or dimensions, sized by their largest width", async () => {
    const id = randomBytes(12).toString("hex");
    for (const [width, size] of [
      [480, 10],
      [960, 20],
      [1600, 30],
    ])
      await sql`insert into media (name, content_type, data) values (${`${id}-${width}.webp`}, 'image/webp', ${Buffer.alloc(size)})`;
    // The backfill is the migration's last statement; it is idempotent, so running it again here is safe.
    const migration = fs.readFileSync("db/migrations/0017_media_library.sql", "utf8");
    await sql.unsafe(migration.split("--> statement-breakpoint").at(-1)!);
    const [row] = await sql`select uploaded_by, width, height, bytes from media_images where id = ${id}`;
    expect(row).toEqual({ uploaded_by: null, width: null, height: null, bytes: 30 });
  });
});
