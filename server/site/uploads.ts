import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { media, mediaImages } from "@/db/schema";
import { MEDIA_ALT_MAX_LENGTH } from "@/lib/limits";
import { env } from "@/lib/env";
import { invalid } from "@/server/http/errors";

// Images uploaded from the editor: checked by their bytes (never by name or declared type
// alone), re-encoded by sharp to WebP in a few widths, stored under content-hashed names so
// /media/<name> can be cached for a year. They live in PostgreSQL (table media), which every app
// instance reaches, unless UPLOAD_DIR names a folder (one instance, or a shared mount).

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const IMAGE_WIDTHS = [480, 960, 1600] as const;
// Decompression bombs: a small file may claim a huge canvas.
const MAX_PIXELS = 50_000_000;

export type ImageType = "image/jpeg" | "image/png" | "image/webp" | "image/avif";

const EXTENSIONS: Record<string, ImageType> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
};

// Editor images in three widths; profile photos (server/accounts/profile-photo.ts) as squares.
export const MEDIA_NAME = /^[a-f0-9]{24}-(?:480|960|1600|sq64|sq128|sq256)\.webp$/;

/** Where images uploaded before they moved into PostgreSQL were kept; still read from. */
function legacyUploadDir(): string {
  return path.resolve(path.join(env().DATA_DIR, "uploads"));
}

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The image type the file's first bytes announce ("magic bytes"), or null. */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b))
    return "image/png";
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "image/webp";
  // ISO-BMFF: [size]["ftyp"][major brand][minor version][compatible brands…]
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === "ftyp") {
    const size = Math.min(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0), bytes.length, 64);
    const brands = [ascii(bytes, 8, 12)];
    for (let i = 16; i + 4 <= size; i += 4) brands.push(ascii(bytes, i, i + 4));
    if (brands.includes("avif") || brands.includes("avis")) return "image/avif";
  }
  return null;
}

/** What the upload says it is, by declared MIME type and file extension; both must agree where given. */
export function declaredImageType(fileName: string, mimeType: string): ImageType | null | "conflict" {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const byExt = ext ? EXTENSIONS[ext] : undefined;
  const mime = mimeType.toLowerCase().split(";")[0].trim();
  const byMime = (Object.values(EXTENSIONS) as string[]).includes(mime) ? (mime as ImageType) : undefined;
  if (ext && !byExt) return null;
  if (mime && mime !== "application/octet-stream" && !byMime) return null;
  if (byExt && byMime && byExt !== byMime) return "conflict";
  return byExt ?? byMime ?? null;
}

export type StoredImage = { url: string; width: number; height: number };

/**
 * Checks an upload by its bytes: size, declared and detected type, readable by sharp. Throws
 * `invalid` with a message key of lib/i18n/de.ts; returns the image's dimensions and content hash.
 */
export async function checkImage(file: {
  name: string;
  type: string;
  bytes: Uint8Array;
}): Promise<{ width: number; height: number; hash: string }> {
  if (file.bytes.length === 0) throw invalid("media.errors.missing");
  if (file.bytes.length > MAX_UPLOAD_BYTES) throw invalid("media.errors.tooLarge", `${file.bytes.length} bytes`);
  const declared = declaredImageType(file.name, file.type);
  if (declared === null) throw invalid("media.errors.type", `${file.name} (${file.type})`);
  const detected = detectImageType(file.bytes);
  if (declared === "conflict" || detected !== declared)
    throw invalid("media.errors.mismatch", `${file.name} (${file.type}) looks like ${detected}`);
  try {
    const meta = await sharp(file.bytes, { limitInputPixels: MAX_PIXELS }).metadata();
    if (!meta.width || !meta.height) throw new Error("no dimensions");
    const hash = createHash("sha256").update(file.bytes).digest("hex").slice(0, 24);
    return { width: meta.width, height: meta.height, hash };
  } catch (error) {
    throw invalid("media.errors.mismatch", `sharp cannot read ${file.name}: ${String(error)}`);
  }
}

/** A sharp pipeline for an already checked upload, turned upright by its EXIF orientation. */
export function imagePipeline(bytes: Uint8Array) {
  return sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate();
}

/**
 * Stores one variant under its content-hashed name, unless it is there already (same bytes,
 * same name). Returns the bytes written, null when it was there.
 */
export async function storeVariant(name: string, render: () => Promise<Buffer>): Promise<number | null> {
  const dir = env().uploadDir;
  if (await variantExists(dir, name)) return null;
  const data = await render();
  if (dir) await writeFileAtomically(dir, name, data);
  else
    await db
      .insert(media)
      .values({ name, contentType: "image/webp", data })
      .onConflictDoNothing({ target: media.name });
  return data.length;
}

/**
 * Validates and stores an image, and records it in the media library. Throws `invalid` with a
 * message key of lib/i18n/de.ts: too large, not an accepted type, or content that does not match the type.
 */
export async function storeImage(
  file: { name: string; type: string; bytes: Uint8Array },
  library: { uploadedBy?: string | null; alt?: string } = {},
): Promise<StoredImage> {
  const { width, height, hash } = await checkImage(file);
  let largestBytes: number | null = null;
  for (const target of IMAGE_WIDTHS)
    largestBytes = await storeVariant(`${hash}-${target}.webp`, () =>
      imagePipeline(file.bytes).resize({ width: target, withoutEnlargement: true }).webp({ quality: 82 }).toBuffer(),
    );
  const largest = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1];
  const scale = Math.min(1, largest / width);
  const stored = {
    url: `/media/${hash}-${largest}.webp`,
    width: Math.round(width * scale),
    height: Math.round(height * scale),
  };
  // The library's row; an image uploaded again keeps its first uploader and texts.
  await db
    .insert(mediaImages)
    .values({
      id: hash,
      uploadedBy: library.uploadedBy ?? null,
      width: stored.width,
      height: stored.height,
      bytes: largestBytes,
      alt: (library.alt ?? "").slice(0, MEDIA_ALT_MAX_LENGTH),
    })
    .onConflictDoNothing({ target: mediaImages.id });
  return stored;
}

async function variantExists(dir: string | null, name: string): Promise<boolean> {
  if (!dir) return (await db.select({ name: media.name }).from(media).where(eq(media.name, name))).length > 0;
  try {
    await fs.access(path.join(dir, name));
    return true;
  } catch {
    return false;
  }
}

async function writeFileAtomically(dir: string, name: string, data: Buffer) {
  await fs.mkdir(dir, { recursive: true });
  // Written under a temporary name first: a reader never gets half a file.
  const temp = path.join(dir, `${name}.${process.pid}.tmp`);
  await fs.writeFile(temp, data);
  await fs.rename(temp, path.join(dir, name));
}

/** A stored variant's bytes, or null for unknown or malformed names. */
export async function readMedia(name: string): Promise<Buffer | null> {
  if (!MEDIA_NAME.test(name)) return null;
  const dir = env().uploadDir;
  if (!dir) {
    const [row] = await db.select({ data: media.data }).from(media).where(eq(media.name, name));
    if (row) return row.data;
  }
  try {
    return await fs.readFile(path.join(dir ?? legacyUploadDir(), name));
  } catch {
    return null;
  }
}

/** `![alt](url)` with the characters that would end the alt text escaped. */
export function imageMarkdown(alt: string, url: string): string {
  return `![${alt.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, " ")}](${url})`;
}

/** An image from the library: its Markdown, and the caption as an emphasised line below it. */
export function mediaImageMarkdown(alt: string, url: string, caption: string): string {
  const line = caption.replace(/\s+/g, " ").trim();
  // Escaped so a caption with * or _ cannot end the emphasis early or start other markup.
  return line
    ? `${imageMarkdown(alt, url)}\n*${line.replace(/[\\*_[\]<>`]/g, (c) => `\\${c}`)}*`
    : imageMarkdown(alt, url);
}
