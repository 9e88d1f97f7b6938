import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { eq, like } from "drizzle-orm";
import { db } from "@/db/client";
import { media } from "@/db/schema";
import { cacheKey } from "@/lib/cache-keys";
import { BIO_MAX_LENGTH } from "@/lib/limits";
import { profilePhotoVariant } from "@/lib/profile-photo";
import { createArticle, createComment, createImageBytes, createUser, errorOf, getUserRow } from "@/tests/data";
import { listenForPurges, type PurgeListener } from "@/tests/purge-keys";
import { changeDisplayName } from "@/server/accounts/account";
import { changeBio, normaliseBio, removeProfilePhoto, setProfilePhoto } from "@/server/accounts/profile";
import { readMedia } from "@/server/site/uploads";

let listener: PurgeListener;
beforeAll(async () => {
  listener = await listenForPurges(inject("databaseUrl"));
});
afterAll(() => listener.close());

const keysOf = async (write: () => Promise<unknown>) => (await listener.published(write)).keys;
const sorted = (...keys: string[]) => [...new Set(keys)].sort();

/** An author with a visible article of her own and an approved comment under someone else's. */
async function authorWithComment() {
  const user = await createUser("author");
  const own = await createArticle(user.id);
  const other = await createArticle((await createUser("author")).id);
  await createComment({ articleId: other.id, authorId: user.id, body: "Freigegeben", status: "approved" });
  const shown = sorted(
    cacheKey.user(user.id),
    cacheKey.author(user.id),
    cacheKey.article(own.id),
    cacheKey.comments(other.id),
  );
  return { user, own, other, shown };
}

describe("bio", () => {
  it("is stored tidied, and an empty one is cleared", async () => {
    const author = await createUser("author");
    expect(await changeBio(author.current, "  Schreibt über Bäume.\r\n\r\n\r\n\r\nUnd Pilze.\u0007  ")).toBe(
      "Schreibt über Bäume.\n\nUnd Pilze.",
    );
    expect((await getUserRow(author.id)).bio).toBe("Schreibt über Bäume.\n\nUnd Pilze.");
    await changeBio(author.current, "   ");
    expect((await getUserRow(author.id)).bio).toBeNull();
    expect(normaliseBio("a  \nb")).toBe("a\nb");
  });

  it("refuses a bio over the limit whole, with the limit in the message, and keeps the old one", async () => {
    const author = await createUser("author", { bio: "Die alte Biografie." });
    const error = await errorOf(changeBio(author.current, "x".repeat(BIO_MAX_LENGTH + 1)));
    expect(error.kind).toBe("invalid");
    expect(error.publicKey).toBe("account.bioTooLong");
    expect(error.values).toEqual({ max: BIO_MAX_LENGTH });
    expect((await getUserRow(author.id)).bio).toBe("Die alte Biografie.");
    // Exactly at the limit is fine.
    await changeBio(author.current, "y".repeat(BIO_MAX_LENGTH));
  });

  it("is for authors and admins: a reader is refused and nothing is written", async () => {
    const reader = await createUser("reader");
    expect((await errorOf(changeBio(reader.current, "Ich auch!"))).kind).toBe("forbidden");
    expect((await getUserRow(reader.id)).bio).toBeNull();
    const admin = await createUser("admin");
    await changeBio(admin.current, "Die Chefredaktion.");
    expect((await getUserRow(admin.id)).bio).toBe("Die Chefredaktion.");
  });
});

describe("profile photo", () => {
  it("is cut to squares of 64, 128 and 256 px, stored as WebP, and becomes the user's image", async () => {
    const author = await createUser("author");
    const bytes = await createImageBytes(900, 600, "jpeg");
    const image = await setProfilePhoto(author.current, { name: "portrait.jpg", type: "image/jpeg", bytes });
    expect(image).toMatch(/^\/media\/[a-f0-9]{24}-sq256\.webp$/);
    expect((await getUserRow(author.id)).image).toBe(image);
    for (const size of [64, 128, 256] as const) {
      const data = await readMedia(profilePhotoVariant(image, size)!.slice("/media/".length));
      expect(data).not.toBeNull();
      const meta = await sharp(data!).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", size, size]);
    }
  });

  it("refuses what is no image, or not what it claims, and changes nothing", async () => {
    const author = await createUser("author");
    const before = await db.select({ name: media.name }).from(media);
    const text = new TextEncoder().encode("<svg onload=alert(1)>");
    expect(
      (await errorOf(setProfilePhoto(author.current, { name: "bild.png", type: "image/png", bytes: text }))).publicKey,
    ).toBe("media.errors.mismatch");
    const png = await createImageBytes(50, 50);
    expect(
      (await errorOf(setProfilePhoto(author.current, { name: "bild.gif", type: "image/gif", bytes: png }))).publicKey,
    ).toBe("media.errors.type");
    expect(
      (await errorOf(setProfilePhoto(author.current, { name: "leer.png", type: "image/png", bytes: new Uint8Array() })))
        .publicKey,
    ).toBe("media.errors.missing");
    expect((await getUserRow(author.id)).image).toBeNull();
    expect(await db.select({ name: media.name }).from(media)).toHaveLength(before.length);
  });

  it("is refused to readers; removing it leaves the variants for anyone else using the same bytes", async () => {
    const reader = await createUser("reader");
    const png = await createImageBytes(80, 80, "png", { r: 1, g: 2, b: 3 });
    expect(
      (await errorOf(setProfilePhoto(reader.current, { name: "a.png", type: "image/png", bytes: png }))).kind,
    ).toBe("forbidden");
    const author = await createUser("author");
    const image = await setProfilePhoto(author.current, { name: "a.png", type: "image/png", bytes: png });
    await removeProfilePhoto(author.current);
    expect((await getUserRow(author.id)).image).toBeNull();
    const hash = image.slice("/media/".length, "/media/".length + 24);
    expect(
      await db
        .select({ name: media.name })
        .from(media)
        .where(like(media.name, `${hash}-sq%`)),
    ).toHaveLength(3);
    expect(await db.select().from(media).where(eq(media.name, "nichts"))).toHaveLength(0);
  });
});

describe("purge keys", () => {
  it("a new name, bio or photo purges the author page, her articles and the threads she commented in", async () => {
    const { user, shown } = await authorWithComment();
    expect(await keysOf(() => changeDisplayName(user.current, "Neuer Name"))).toEqual(shown);
    expect(await keysOf(() => changeBio(user.current, "Neu hier."))).toEqual(shown);
    const bytes = await createImageBytes(120, 120, "png", { r: 9, g: 99, b: 199 });
    expect(await keysOf(() => setProfilePhoto(user.current, { name: "p.png", type: "image/png", bytes }))).toEqual(
      shown,
    );
    expect(await keysOf(() => removeProfilePhoto(user.current))).toEqual(shown);
  });

  it("a refused change purges nothing", async () => {
    const { user } = await authorWithComment();
    expect(await keysOf(() => changeBio(user.current, "z".repeat(BIO_MAX_LENGTH + 5)).catch(() => null))).toEqual([]);
  });
});
