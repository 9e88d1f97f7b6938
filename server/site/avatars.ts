import "server-only";
import { createHash, createHmac } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { settings } from "@/db/schema";
import { env } from "@/lib/env";
import { Lru } from "@/lib/lru";
import { profilePhotoSources } from "@/lib/profile-photo";

// Every commenter's avatar: the uploaded profile photo, else Gravatar when the admin turned it
// on, else an identicon drawn here (/avatars/<seed>.svg). Everything is decided from stored
// data, never from the viewer, so a page with avatars stays one shared cached page; changing
// the setting purges `layout`, which every reader page carries.

export const AVATAR_SETTINGS_KEY = "avatars";
/** Shown size in CSS pixels next to a comment. */
export const COMMENT_AVATAR_SIZE = 40;

export const avatarSettingsSchema = z.object({ gravatar: z.boolean().default(false) });
export type AvatarSettings = z.infer<typeof avatarSettingsSchema>;

const avatarRow = db
  .select({ value: settings.value })
  .from(settings)
  .where(eq(settings.key, AVATAR_SETTINGS_KEY))
  .prepare("avatar_settings");

/** Off unless an admin turned Gravatar on: it sends hashes of email addresses to Automattic. */
export async function getAvatarSettings(): Promise<AvatarSettings> {
  const [row] = await avatarRow.execute();
  const parsed = avatarSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : { gravatar: false };
}

export async function saveAvatarSettings(value: AvatarSettings): Promise<void> {
  const clean = avatarSettingsSchema.parse(value);
  await db
    .insert(settings)
    .values({ key: AVATAR_SETTINGS_KEY, value: clean })
    .onConflictDoUpdate({ target: settings.key, set: { value: clean, updatedAt: new Date() } });
}

// Two hashes per comment were a quarter of a 100-comment thread's read (0.67 of 2.5 ms);
// the same commenters come back on every render, so each worker remembers them.
const hashes = new Lru<string, string>(5000);
const seeds = new Lru<string, string>(5000);

/** Gravatar's hash of an address: SHA-256 of it trimmed and lower-cased. */
export function emailHash(email: string | null | undefined): string | null {
  const clean = email?.trim().toLowerCase();
  if (!clean) return null;
  let hash = hashes.get(clean);
  if (!hash) hashes.set(clean, (hash = createHash("sha256").update(clean).digest("hex")));
  return hash;
}

function identiconSeed(identity: string): string {
  let seed = seeds.get(identity);
  if (!seed) {
    // Without AUTH_SECRET (never in production: the site refuses to start) the key is a constant.
    seed = createHmac("sha256", env().AUTH_SECRET ?? "blattwerk-avatars")
      .update(identity)
      .digest("hex")
      .slice(0, 20);
    seeds.set(identity, seed);
  }
  return seed;
}

export type Avatar = { src: string; srcSet?: string; size: number; kind: "photo" | "gravatar" | "identicon" };

/**
 * The avatar of anyone who writes: a registered user (photo, email), a guest (name, email) or
 * a deleted account (a name only). The identicon's seed is keyed with AUTH_SECRET: the public
 * page must not carry the plain email hash, which can be matched against known addresses.
 */
export function avatarFor(
  who: { name: string; emailHash?: string | null; photo?: string | null },
  options: { gravatar: boolean; size?: number },
): Avatar {
  const size = options.size ?? COMMENT_AVATAR_SIZE;
  const photo = profilePhotoSources(who.photo, size);
  if (photo) return { ...photo, size, kind: "photo" };
  if (options.gravatar && who.emailHash) {
    const url = (px: number) => `https://gravatar.com/avatar/${who.emailHash}?s=${px}&d=identicon&r=g`;
    return { src: url(size), srcSet: `${url(size)} 1x, ${url(size * 2)} 2x`, size, kind: "gravatar" };
  }
  const seed = identiconSeed(who.emailHash ? `email:${who.emailHash}` : `name:${who.name.trim().toLowerCase()}`);
  return { src: `/avatars/${seed}.svg`, size, kind: "identicon" };
}
