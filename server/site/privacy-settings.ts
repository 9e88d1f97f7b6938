import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { settings } from "@/db/schema";
import {
  parsePrivacySettings,
  PRIVACY_SETTINGS_KEY,
  privacySettingsSchema,
  type PrivacySettings,
} from "@/lib/privacy-settings";

export async function getPrivacySettings(): Promise<PrivacySettings> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, PRIVACY_SETTINGS_KEY));
  return parsePrivacySettings(row?.value);
}

/** Saving purges `layout` (the settings trigger): the comment form's note names the period. */
export async function savePrivacySettings(value: PrivacySettings): Promise<void> {
  const clean = privacySettingsSchema.parse(value);
  await db
    .insert(settings)
    .values({ key: PRIVACY_SETTINGS_KEY, value: clean })
    .onConflictDoUpdate({ target: settings.key, set: { value: clean, updatedAt: new Date() } });
}
