import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { settings } from "@/db/schema";
import { COVER_PATTERN } from "@/lib/article-schema";
import { saveSettingsRow } from "@/server/site/settings";

// The image that represents an article or page when shared (og:image, twitter:image, the
// JSON-LD `image`): its cover, else the default the admin set in the settings, else the image
// shipped in public/. Settings rows purge `layout`, and every reader page carries that key.

/** Shipped in public/; the file name is shared with the branch that adds it. */
export const SHIPPED_SHARE_IMAGE = "/og-default.png";
export const SHARING_SETTINGS_KEY = "sharing";

export const sharingSettingsSchema = z.object({
  defaultImage: z
    .string()
    .trim()
    .max(500)
    .refine((v) => v === "" || COVER_PATTERN.test(v))
    .default(""),
});
export type SharingSettings = z.infer<typeof sharingSettingsSchema>;

const sharingRow = db
  .select({ value: settings.value })
  .from(settings)
  .where(eq(settings.key, SHARING_SETTINGS_KEY))
  .prepare("sharing_settings");

export async function getSharingSettings(): Promise<SharingSettings> {
  const [row] = await sharingRow.execute();
  const parsed = sharingSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : { defaultImage: "" };
}

export async function saveSharingSettings(value: SharingSettings, actorId: string | null = null): Promise<void> {
  const clean = sharingSettingsSchema.parse(value);
  await saveSettingsRow(SHARING_SETTINGS_KEY, clean, sharingSettingsSchema.parse({}), "settings.sharing", actorId);
}

/** The path or URL to share for something with this cover (null: none). */
export async function shareImage(cover: string | null): Promise<string> {
  return cover || shareImageFrom(null, await getSharingSettings());
}

/** The same with the sharing settings at hand (server/site/site-data.ts keeps them). */
export function shareImageFrom(cover: string | null, sharing: SharingSettings): string {
  return cover || sharing.defaultImage || SHIPPED_SHARE_IMAGE;
}
