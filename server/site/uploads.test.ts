import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, like } from "drizzle-orm";
import { db } from "@/db/client";
import { media } from "@/db/schema";
import { errorOf } from "@/tests/data";
import { declaredImageType, detectImageType, imageMarkdown, readMedia, storeImage } from "@/server/site/uploads";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "blattwerk-uploads-"));
  process.env.UPLOAD_DIR = dir;
});
afterAll(() => {
  delete process.env.UPLOAD_DIR;
  fs.rmSync(dir, { recursive: true, force: true });
});

const image = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 200 } } });

describe("magic bytes", () => {
  it("recognises real JPEG, PNG, WebP and AVIF files made by sharp", async () => {
    expect(detectImageType(await image(8, 8).jpeg().toBuffer())).toBe("image/jpeg");
    expect(detectImageType(await image(8, 8).png().toBuffer())).toBe("image/png");
    expect(detectImageType(await image(8, 8).webp().toBuffer())).toBe("image/webp");
    expect(detectImageType(await image(8, 8).avif().toBuffer())).toBe("image/avif");
    expect(detectImageType(Buffer.from("Hallo, ich bin Text."))).toBeNull();
    expect(detectImageType(await image(8, 8).gif().toBuffer())).toBeNull();
  });

  it("reads the declared type from extension and MIME type, which must agree", () => {
    expect(declaredImageType("foto.JPG", "image/jpeg")).toBe("image/jpeg");
    expect(declaredImageType("foto", "image/avif")).toBe("image/avif");
    expect(declaredImageType("foto.png", "")).toBe("image/png");
    expect(declaredImageType("foto.png", "image/jpeg")).toBe("conflict");
    expect(declaredImageType("foto.gif", "image/gif")).toBeNull();
    expect(declaredImageType("notiz.txt", "text/plain")).toBeNull();
  });
});

describe("storeImage", () => {
  it("refuses a text file renamed .png, a JPEG named .png, other types and oversized files", async () => {
    const text = await errorOf(storeImage({ name: "bild.png", type: "image/png", bytes: Buffer.from("kein Bild") }));
    expect(text).toMatchObject({ kind: "invalid", publicKey: "media.errors.mismatch" });
    const jpeg = await image(8, 8).jpeg().toBuffer();
    expect(await errorOf(storeImage({ name: "bild.png", type: "image/png", bytes: jpeg }))).toMatchObject({
      publicKey: "media.errors.mismatch",
    });
    expect(
      await errorOf(storeImage({ name: "bild.gif", type: "image/gif", bytes: await image(8, 8).gif().toBuffer() })),
    ).toMatchObject({ publicKey: "media.errors.type" });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(jpeg);
    expect(await errorOf(storeImage({ name: "gross.jpg", type: "image/jpeg", bytes: big }))).toMatchObject({
      publicKey: "media.errors.tooLarge",
    });
    // A truncated image has the right magic bytes but cannot be decoded.
    expect(
      await errorOf(
        storeImage({
          name: "kaputt.png",
          type: "image/png",
          bytes: (await image(64, 64).png().toBuffer()).subarray(0, 40),
        }),
      ),
    ).toMatchObject({
      publicKey: "media.errors.mismatch",
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("stores WebP variants in three widths under content-hashed names, never enlarging", async () => {
    const png = await image(2000, 1000).png().toBuffer();
    const stored = await storeImage({ name: "breit.png", type: "image/png", bytes: png });
    expect(stored).toMatchObject({ width: 1600, height: 800 });
    const name = stored.url.replace("/media/", "");
    expect(name).toMatch(/^[a-f0-9]{24}-1600\.webp$/);
    for (const width of [480, 960, 1600]) {
      const data = await readMedia(name.replace("-1600", `-${width}`));
      const meta = await sharp(data!).metadata();
      expect(meta).toMatchObject({ format: "webp", width });
    }
    const small = await storeImage({
      name: "klein.webp",
      type: "image/webp",
      bytes: await image(300, 200).webp().toBuffer(),
    });
    const meta = await sharp((await readMedia(small.url.replace("/media/", "")))!).metadata();
    expect(meta.width).toBe(300);
    // The same bytes again: the same names.
    expect((await storeImage({ name: "nochmal.png", type: "image/png", bytes: png })).url).toBe(stored.url);
  });

  it("serves only well-formed names and escapes alt text in Markdown", async () => {
    expect(await readMedia("../../etc/passwd")).toBeNull();
    expect(await readMedia("0123456789abcdef01234567-1600.webp")).toBeNull();
    expect(imageMarkdown("Ein [schönes] Bild\n", "/media/x.webp")).toBe("![Ein \\[schönes\\] Bild ](/media/x.webp)");
  });
});

describe("storage in PostgreSQL (the default: every app instance reaches it)", () => {
  it("stores the variants as rows once and reads them back without UPLOAD_DIR", async () => {
    delete process.env.UPLOAD_DIR;
    try {
      const png = await image(1000, 500).png().toBuffer();
      const stored = await storeImage({ name: "datenbank.png", type: "image/png", bytes: png });
      const hash = stored.url.replace("/media/", "").slice(0, 24);
      await storeImage({ name: "nochmal.png", type: "image/png", bytes: png });
      const rows = await db
        .select({ name: media.name })
        .from(media)
        .where(like(media.name, `${hash}-%`));
      expect(rows.map((r) => r.name).sort()).toEqual([`${hash}-1600.webp`, `${hash}-480.webp`, `${hash}-960.webp`]);
      const meta = await sharp((await readMedia(`${hash}-480.webp`))!).metadata();
      expect(meta).toMatchObject({ format: "webp", width: 480 });
      expect(fs.readdirSync(dir).some((f) => f.startsWith(hash))).toBe(false);
      await db.delete(media).where(like(media.name, `${hash}-%`));
      expect(await readMedia(`${hash}-480.webp`)).toBeNull();
      expect(
        await db
          .select()
          .from(media)
          .where(eq(media.name, `${hash}-480.webp`)),
      ).toEqual([]);
    } finally {
      process.env.UPLOAD_DIR = dir;
    }
  });
});
