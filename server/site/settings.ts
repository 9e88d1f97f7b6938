import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { settings } from "@/db/schema";
import { logActivity, type ActivityAction } from "@/server/activity/activity-log";
import { REPORT_THRESHOLD_DEFAULT } from "@/lib/limits";

// Defaults follow WordPress's discussion settings.
export const moderationSettingsSchema = z.object({
  moderationWords: z.array(z.string()).default([]),
  blockWords: z.array(z.string()).default([]),
  linkThreshold: z.number().int().min(1).max(100).default(2),
  holdFirstComment: z.boolean().default(true),
  floodIntervalSeconds: z.number().int().min(0).max(3600).default(15),
  autoCloseAfterDays: z.number().int().min(1).max(3650).nullable().default(null),
  // Off for a new site (README "Guest comments"): guests bring spam and personal data
  // (email, address), so the operator turns it on once the privacy page says so.
  allowGuestComments: z.boolean().default(false),
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

/** `actorId`: the admin saving (null: a script or test); a save that changes a field is logged. */
export async function saveModerationSettings(value: ModerationSettings, actorId: string | null = null): Promise<void> {
  const clean = moderationSettingsSchema.parse(value);
  await saveSettingsRow(
    MODERATION_SETTINGS_KEY,
    clean,
    moderationSettingsSchema.parse({}),
    "settings.moderation",
    actorId,
  );
}

/**
 * Writes one settings row and, when fields changed, its log row (naming the fields) in the same
 * transaction. A missing row counts as its defaults, which is what the site used.
 */
export async function saveSettingsRow(
  key: string,
  value: Record<string, unknown>,
  defaults: Record<string, unknown>,
  action: ActivityAction,
  actorId: string | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ value: settings.value })
      .from(settings)
      .where(eq(settings.key, key))
      .for("update");
    await tx
      .insert(settings)
      .values({ key, value })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
    const old = { ...defaults, ...(before?.value as Record<string, unknown> | undefined) };
    const changed = Object.keys(value).filter((k) => JSON.stringify(old[k]) !== JSON.stringify(value[k]));
    if (changed.length > 0)
      await logActivity(tx, { actorId, action, subject: { type: "settings", id: key }, note: changed.join(", ") });
  });
}
