import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/app-error";
import { BIO_MAX_LENGTH } from "@/lib/limits";
import { PROFILE_PHOTO_SIZES, profilePhotoPath } from "@/lib/profile-photo";
import { forbidden } from "@/server/http/errors";
import { checkImage, imagePipeline, storeVariant } from "@/server/site/uploads";
import type { CurrentUser } from "@/server/accounts/session";

// An author's public profile: bio and photo (the display name is everyone's: account.ts).
// Readers have no author page, so only authors and admins keep a bio or photo. The users
// purge trigger (db/migrations/0008) publishes author:<id>, the keys of the author's visible
// articles and of the threads with their approved comments whenever name, bio or image change.

function requireAuthor(user: CurrentUser): void {
  if (user.role !== "author" && user.role !== "admin") throw forbidden("errors.forbidden", `${user.id} is a reader`);
}

/** Plain text as typed, tidied: no control characters, no trailing spaces, at most one blank line in a row. */
export function normaliseBio(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/[^\S\n]+$/gm, "")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Sets (or with an empty text clears) the caller's bio; refuses it whole when too long. */
export async function changeBio(user: CurrentUser, raw: string): Promise<string> {
  requireAuthor(user);
  const bio = normaliseBio(raw);
  if (bio.length > BIO_MAX_LENGTH)
    throw new AppError("invalid", "account.bioTooLong", `${bio.length} characters`, { max: BIO_MAX_LENGTH });
  await db
    .update(users)
    .set({ bio: bio || null })
    .where(eq(users.id, user.id));
  return bio;
}

/**
 * Checks the upload like an editor image, cuts it to a centred square (sharp's "attention"
 * crop keeps the face) in 64, 128 and 256 px and makes it the caller's photo. Every variant is
 * stored before users.image points at them, so readers never see a missing one.
 */
export async function setProfilePhoto(
  user: CurrentUser,
  file: { name: string; type: string; bytes: Uint8Array },
): Promise<string> {
  requireAuthor(user);
  const { hash } = await checkImage(file);
  for (const size of PROFILE_PHOTO_SIZES)
    await storeVariant(`${hash}-sq${size}.webp`, () =>
      imagePipeline(file.bytes)
        .resize({ width: size, height: size, fit: "cover", position: "attention" })
        .webp({ quality: 82 })
        .toBuffer(),
    );
  const image = profilePhotoPath(hash, 256);
  await db.update(users).set({ image }).where(eq(users.id, user.id));
  return image;
}

/** Back to the generated avatar. The stored variants stay: other accounts may share the same bytes. */
export async function removeProfilePhoto(user: CurrentUser): Promise<void> {
  requireAuthor(user);
  await db.update(users).set({ image: null }).where(eq(users.id, user.id));
}

/** What the account page shows of the caller's own profile. */
export async function getOwnProfile(
  user: CurrentUser,
): Promise<{ bio: string; photo: string | null; slug: string | null }> {
  const [row] = await db
    .select({ bio: users.bio, image: users.image, slug: users.slug })
    .from(users)
    .where(eq(users.id, user.id));
  return { bio: row?.bio ?? "", photo: row?.image ?? null, slug: row?.slug ?? null };
}
