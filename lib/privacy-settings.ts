import { z } from "zod";
import { ADDRESS_RETENTION_DEFAULT_DAYS, ADDRESS_RETENTION_MAX_DAYS, ADDRESS_RETENTION_MIN_DAYS } from "./limits";

// The privacy settings (`settings` row "privacy"): read by the dashboard, the comment form's
// note and the retention job, which runs outside Next (server/privacy/retention.ts).
export const PRIVACY_SETTINGS_KEY = "privacy";

export const privacySettingsSchema = z.object({
  addressRetentionDays: z
    .number()
    .int()
    .min(ADDRESS_RETENTION_MIN_DAYS)
    .max(ADDRESS_RETENTION_MAX_DAYS)
    .default(ADDRESS_RETENTION_DEFAULT_DAYS),
});
export type PrivacySettings = z.infer<typeof privacySettingsSchema>;

/** The stored value (or its absence) as settings: a row that does not fit gives the defaults. */
export function parsePrivacySettings(value: unknown): PrivacySettings {
  const parsed = privacySettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : privacySettingsSchema.parse({});
}
