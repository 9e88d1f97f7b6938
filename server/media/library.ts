import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { sql } from "@/db/client";
import { cacheKey } from "@/lib/cache-keys";
import { env } from "@/lib/env";
import { MEDIA_PER_PAGE, MEDIA_PICKER_SIZE } from "@/lib/limits";
import type { Paged } from "@/lib/pagination";
import type { CurrentUser } from "@/server/accounts/session";
import { conflict, forbidden, notFound } from "@/server/http/errors";
import { IMAGE_WIDTHS, mediaImageMarkdown } from "@/server/site/uploads";
import { findMediaUses, type MediaUse } from "./usage";

// The media library: authors see and manage the images they uploaded, admins every image
// (also those of the WordPress import and of deleted accounts, which have no uploader).
// Alt text and caption are what the editor inserts with the image; an article's Markdown keeps
// its own copy, so changing them changes no published page and purges nothing.

export type MediaItem = {
  id: string;
  url: string;
  thumbnailUrl: string;
  width: number | null;
  height: number | null;
  bytes: number | null;
  alt: string;
  caption: string;
  createdAt: Date;
  uploaderName: string | null;
  markdown: string;
  uses: MediaUse[];
};

type Row = Omit<MediaItem, "url" | "thumbnailUrl" | "markdown" | "uses">;

const largest = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1];
const toItem = (row: Row, uses: MediaUse[] = []): MediaItem => ({
  ...row,
  createdAt: new Date(row.createdAt),
  url: `/media/${row.id}-${largest}.webp`,
  thumbnailUrl: `/media/${row.id}-${IMAGE_WIDTHS[0]}.webp`,
  markdown: mediaImageMarkdown(row.alt, `/media/${row.id}-${largest}.webp`, row.caption),
  uses,
});

/** Authors: their own uploads; admins: all. (No nested sql fragments: the pool gate wraps every call as a query.) */
async function selectImages(user: CurrentUser, limit: number, offset: number): Promise<Row[]> {
  return sql<Row[]>`
    select m.id, m.width, m.height, m.bytes, m.alt, m.caption, m.created_at as "createdAt",
           u.name as "uploaderName"
      from media_images m left join users u on u.id = m.uploaded_by
     where ${user.role === "admin"} or m.uploaded_by = ${user.id}
     order by m.created_at desc, m.id desc
     limit ${limit} offset ${offset}`;
}

/** One page of the library, newest first, with where each image is used. */
export async function listMediaImages(user: CurrentUser, page: number): Promise<Paged<MediaItem>> {
  const rows = await selectImages(user, MEDIA_PER_PAGE + 1, (page - 1) * MEDIA_PER_PAGE);
  const shown = rows.slice(0, MEDIA_PER_PAGE);
  const uses = await findMediaUses(shown.map((r) => r.id));
  return {
    items: shown.map((r) => toItem(r, uses.get(r.id))),
    page,
    hasPrevious: page > 1,
    hasNext: rows.length > MEDIA_PER_PAGE,
  };
}

/** The newest images the caller may insert, for the editor's picker (no usage lookup). */
export async function listPickerImages(user: CurrentUser): Promise<MediaItem[]> {
  return (await selectImages(user, MEDIA_PICKER_SIZE, 0)).map((r) => toItem(r));
}

/** The same, as the editor's client component takes them. */
export async function pickerImagesFor(
  user: CurrentUser,
): Promise<{ id: string; thumbnailUrl: string; markdown: string; label: string }[]> {
  return (await listPickerImages(user)).map(({ id, thumbnailUrl, markdown, alt }) => ({
    id,
    thumbnailUrl,
    markdown,
    label: alt || id,
  }));
}

type Tx = Parameters<Parameters<typeof sql.begin>[1]>[0];

/** 404 for an unknown image, 403 for someone else's (authors), locked for the rest of the transaction. */
async function lockManagedImage(tx: Tx, user: CurrentUser, id: string): Promise<void> {
  const [row] = await tx<{ uploadedBy: string | null }[]>`
    select uploaded_by as "uploadedBy" from media_images where id = ${id} for update`;
  if (!row) throw notFound(`media image ${id}`);
  if (user.role !== "admin" && row.uploadedBy !== user.id)
    throw forbidden("errors.forbidden", `user ${user.id} manages media image ${id}`);
}

export async function updateMediaText(
  user: CurrentUser,
  id: string,
  input: { alt: string; caption: string },
): Promise<void> {
  await sql.begin(async (tx) => {
    await lockManagedImage(tx, user, id);
    await tx`update media_images set alt = ${input.alt}, caption = ${input.caption} where id = ${id}`;
  });
}

/**
 * Deletes an image that no article or page shows, with every stored width. Refused (nothing
 * deleted) while anything uses it. Caches drop the image's addresses by its key.
 */
export async function deleteMediaImage(user: CurrentUser, id: string): Promise<void> {
  await sql.begin(async (tx) => {
    await lockManagedImage(tx, user, id);
    // Read in the transaction that deletes, after the lock: the answer is the one acted on.
    const uses = (await findMediaUses([id], tx)).get(id) ?? [];
    if (uses.length > 0) throw conflict("mediaLibrary.errors.inUse", `media image ${id} is used ${uses.length} times`);
    const names = IMAGE_WIDTHS.map((w) => `${id}-${w}.webp`);
    await tx`delete from media where name in ${tx(names)}`;
    // The importer would otherwise take the deleted copy for one it already has.
    await tx`delete from imported_media where url like ${`/media/${id}-%`}`;
    await tx`delete from media_images where id = ${id}`;
    await tx`select blattwerk_publish(${[cacheKey.media(id)]}::text[])`;
  });
  // Files (UPLOAD_DIR, or the folder used before images moved into PostgreSQL) go after the
  // commit: a failed transaction must not leave rows pointing at removed files.
  const dirs = [env().uploadDir, path.resolve(env().DATA_DIR, "uploads")].filter((d): d is string => Boolean(d));
  for (const dir of dirs)
    for (const width of IMAGE_WIDTHS) await fs.rm(path.join(dir, `${id}-${width}.webp`), { force: true });
}
