import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { settings } from "@/db/schema";
import { REPORT_THRESHOLD_DEFAULT } from "@/lib/limits";

// Defaults follow WordPress's discussion settings.
export const moderationSettingsSchema = z.object({
  moderationWords: z.array(z.string()).default([]),
  blockWords: z.array(z.string()).default([]),
  linkThreshold: z.number().int().min(1).max(100).default(2),
  holdFirstComment: z.boolean().default(true),
  floodIntervalSeconds: z.number().int().min(0).max(3600).default(15),
  autoCloseAfterDays: z.number().int().min(1).max(3650).nullable().default(null),
  // Reports ("Melden") from different readers after which a comment is held for moderation.
  reportThreshold: z.number().int().min(1).max(100).default(REPORT_THRESHOLD_DEFAULT),
});
export type ModerationSettings = z.infer<typeof moderationSettingsSchema>;

export const MODERATION_SETTINGS_KEY = "moderation";

/** The stored value (or its absence) as settings: a row that does not fit gives the defaults. */
export function parseModerationSettings(value: unknown): ModerationSettings {
  const parsed = moderationSettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : moderationSettingsSchema.parse({});
}

// Read by every article page render: built once.
const moderationSettingsRow = db
  .select({ value: settings.value })
  .from(settings)
  .where(eq(settings.key, MODERATION_SETTINGS_KEY))
  .prepare("moderation_settings");

export async function getModerationSettings(): Promise<ModerationSettings> {
  const [row] = await moderationSettingsRow.execute();
  return parseModerationSettings(row?.value);
}

export async function saveModerationSettings(value: ModerationSettings): Promise<void> {
  const clean = moderationSettingsSchema.parse(value);
  await db
    .insert(settings)
    .values({ key: MODERATION_SETTINGS_KEY, value: clean })
    .onConflictDoUpdate({ target: settings.key, set: { value: clean, updatedAt: new Date() } });
}
