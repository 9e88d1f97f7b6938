// The old blog's images come over like editor uploads: downloaded before each batch's
// transaction (a download must not hold a transaction open), stored through the uploads
// module, and remembered by their address so a later import does not fetch them again.
// Whatever cannot be fetched keeps its original address and is listed in the report.
import { inArray } from "drizzle-orm";
import { importedMedia } from "@/db/schema";
import { isAppError } from "@/lib/app-error";
import { detectImageType, storeImage } from "@/server/site/uploads";
import type { Context, ImportDb, Tx } from "./context";
import { mediaIn } from "./convert";
import { downloadImage } from "./fetch-image";
import { count, problem } from "./report";
import type { WxrEntry, WxrItem } from "./types";

const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif)$/i;
// A few at a time: the old blog's server, and this one's two cores, both have limits.
const CONCURRENCY = 4;

function isImageAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && IMAGE_PATH.test(parsed.pathname);
  } catch {
    return false;
  }
}

/** The address of a post's featured image (`_thumbnail_id` names an attachment), if the export has it. */
export function featuredImageOf(ctx: Context, item: WxrItem): string | null {
  const id = Number(item.meta.find((m) => m.key === "_thumbnail_id")?.value);
  return (Number.isSafeInteger(id) && ctx.attachments.get(id)) || null;
}

/** The stored copy of an image the import met, or null (not copied: kept at its address). */
export function localImage(ctx: Context, url: string): string | null {
  return ctx.images.get(url) ?? null;
}

function candidates(ctx: Context, batch: WxrEntry[]): string[] {
  const urls = new Set<string>();
  for (const entry of batch) {
    if (entry.kind !== "item" || (entry.type !== "post" && entry.type !== "page")) continue;
    for (const url of mediaIn(entry.content)) if (isImageAddress(url)) urls.add(url);
    const featured = featuredImageOf(ctx, entry);
    if (featured && isImageAddress(featured)) urls.add(featured);
  }
  return Array.from(urls).filter((url) => !ctx.images.has(url));
}

function skip(ctx: Context, url: string, error: unknown): void {
  ctx.images.set(url, null);
  const reason = isAppError(error)
    ? error.publicKey === "media.errors.download"
      ? (error.detail ?? "download failed")
      : error.publicKey === "media.errors.tooLarge"
        ? "larger than 10 MB"
        : "not a JPEG, PNG, WebP or AVIF image"
    : error instanceof Error
      ? error.message
      : String(error);
  problem(ctx.report, "images", url, "skipped", `not copied, keeps its address: ${reason.slice(0, 200)}`);
}

/** Downloads a few at a time, stores one at a time (re-encoding is the CPU's work, and the same image under two addresses must not be written twice at once). */
async function copyAll(db: ImportDb | Tx, ctx: Context, urls: string[]): Promise<void> {
  for (let i = 0; i < urls.length; i += CONCURRENCY) {
    const group = urls.slice(i, i + CONCURRENCY);
    const downloads = await Promise.allSettled(
      group.map((url) => downloadImage(url, { allowPrivate: ctx.options.allowPrivateImageHosts })),
    );
    for (const [j, url] of group.entries()) {
      const download = downloads[j];
      if (download.status === "rejected") {
        skip(ctx, url, download.reason);
        continue;
      }
      try {
        const { bytes, contentType } = download.value;
        // The bytes decide the type: old blogs and their CDNs often send a wrong or generic one.
        const stored = await storeImage({ name: "", type: detectImageType(bytes) ?? contentType, bytes });
        await db.insert(importedMedia).values({ sourceUrl: url, url: stored.url }).onConflictDoNothing();
        ctx.images.set(url, stored.url);
        count(ctx.report, "images", "imported");
      } catch (error) {
        skip(ctx, url, error);
      }
    }
  }
}

/** Copies the images a batch of posts uses that this site does not have yet. */
export async function prepareImages(db: ImportDb | Tx, ctx: Context, batch: WxrEntry[]): Promise<void> {
  if (ctx.options.dryRun || ctx.options.keepImageUrls) return;
  const urls = candidates(ctx, batch);
  if (urls.length === 0) return;
  const known = await db.select().from(importedMedia).where(inArray(importedMedia.sourceUrl, urls));
  for (const row of known) {
    ctx.images.set(row.sourceUrl, row.url);
    count(ctx.report, "images", "unchanged");
  }
  await copyAll(
    db,
    ctx,
    urls.filter((url) => !ctx.images.has(url)),
  );
}

/** A converted body with every copied image's address replaced by its copy's. */
export function withLocalImages(ctx: Context, markdown: string, media: string[]): string {
  let body = markdown;
  for (const url of media) {
    const local = localImage(ctx, url);
    if (local) body = body.split(`(${url})`).join(`(${local})`).split(`(${url} `).join(`(${local} `);
  }
  return body;
}
