"use server";
import { z } from "zod";
import { t } from "@/lib/i18n";
import { defineAction } from "@/server/http/action";
import { saveModerationSettings, type ModerationSettings } from "@/server/site/settings";
import { saveSharingSettings } from "@/server/site/share-image";
import { saveAvatarSettings } from "@/server/site/avatars";
import { COVER_PATTERN } from "@/lib/article-schema";
import { ADDRESS_RETENTION_MAX_DAYS, ADDRESS_RETENTION_MIN_DAYS } from "@/lib/limits";
import { savePrivacySettings } from "@/server/site/privacy-settings";

const MAX_WORDS = 1000;
const MAX_WORD_LENGTH = 100;
const FIELDS = [
  "moderationWords",
  "blockWords",
  "linkThreshold",
  "holdFirstComment",
  "allowGuestComments",
  "floodIntervalSeconds",
  "autoCloseAfterDays",
  "reportThreshold",
] as const;
type Field = (typeof FIELDS)[number];

const schema = z.object(
  Object.fromEntries(FIELDS.map((f) => [f, z.string().max(100_000)])) as Record<Field, z.ZodString>,
);

function words(text: string): string[] | string {
  const list = [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((w) => w.trim())
        .filter(Boolean),
    ),
  ];
  if (list.length > MAX_WORDS) return t("dash.settings.errorCount", { max: MAX_WORDS });
  if (list.some((w) => w.length > MAX_WORD_LENGTH)) return t("dash.settings.errorWord", { max: MAX_WORD_LENGTH });
  return list;
}

function whole(text: string, min: number, max: number): number | string {
  const n = Number(text.trim());
  return text.trim() !== "" && Number.isInteger(n) && n >= min && n <= max
    ? n
    : t("dash.settings.errorRange", { min, max });
}

// Admins only, checked by defineAction on every call. Errors go next to their field with what
// was typed kept; the values are stored as server/site/settings.ts's schema says and apply at once.
export const saveModerationSettingsAction = defineAction({
  name: "save-moderation-settings",
  schema,
  access: ["admin"],
  async run(input, { user }) {
    const parsed = {
      moderationWords: words(input.moderationWords),
      blockWords: words(input.blockWords),
      linkThreshold: whole(input.linkThreshold, 1, 100),
      floodIntervalSeconds: whole(input.floodIntervalSeconds, 0, 3600),
      autoCloseAfterDays: input.autoCloseAfterDays.trim() === "" ? null : whole(input.autoCloseAfterDays, 1, 3650),
      reportThreshold: whole(input.reportThreshold, 1, 100),
    };
    const errors: Partial<Record<Field, string[]>> = {};
    for (const [field, value] of Object.entries(parsed))
      if (typeof value === "string") errors[field as Field] = [value];
    if (Object.keys(errors).length > 0) return { errors, values: { ...input } };
    const saved = {
      ...parsed,
      holdFirstComment: input.holdFirstComment === "on",
      allowGuestComments: input.allowGuestComments === "on",
    } as ModerationSettings;
    await saveModerationSettings(saved, user.id);
    // The form shows what is stored now (lists cleaned up), also after React resets it.
    const values = {
      moderationWords: saved.moderationWords.join("\n"),
      blockWords: saved.blockWords.join("\n"),
      linkThreshold: String(saved.linkThreshold),
      holdFirstComment: saved.holdFirstComment ? "on" : "",
      allowGuestComments: saved.allowGuestComments ? "on" : "",
      floodIntervalSeconds: String(saved.floodIntervalSeconds),
      autoCloseAfterDays: saved.autoCloseAfterDays === null ? "" : String(saved.autoCloseAfterDays),
      reportThreshold: String(saved.reportThreshold),
    };
    return { ok: true, message: t("dash.done.settings"), values };
  },
});

// The default image for sharing (og:image of articles and pages without a cover).
export const saveSharingSettingsAction = defineAction({
  name: "save-sharing-settings",
  schema: z.object({
    defaultImage: z
      .string()
      .trim()
      .max(500, "dash.settings.errorImage")
      .refine((v) => v === "" || COVER_PATTERN.test(v), "dash.settings.errorImage"),
  }),
  access: ["admin"],
  keep: ["defaultImage"],
  async run(input, { user }) {
    await saveSharingSettings({ defaultImage: input.defaultImage }, user.id);
    return { ok: true, message: t("dash.done.settings"), values: { defaultImage: input.defaultImage } };
  },
});

// Gravatar for commenters without a photo: off unless an admin turns it on (it sends hashes of
// email addresses to Automattic). Saving purges `layout`, so every cached thread follows.
export const saveAvatarSettingsAction = defineAction({
  name: "save-avatar-settings",
  schema: z.object({ gravatar: z.string().optional() }),
  access: ["admin"],
  async run(input) {
    const gravatar = input.gravatar === "on";
    await saveAvatarSettings({ gravatar });
    return { ok: true, message: t("dash.done.settings"), values: { gravatar: gravatar ? "on" : "" } };
  },
});

// How long client addresses are kept; the retention job (server/privacy/retention.ts) reads it.
export const savePrivacySettingsAction = defineAction({
  name: "save-privacy-settings",
  schema: z.object({ addressRetentionDays: z.string().max(100) }),
  access: ["admin"],
  keep: ["addressRetentionDays"],
  async run(input) {
    const days = whole(input.addressRetentionDays, ADDRESS_RETENTION_MIN_DAYS, ADDRESS_RETENTION_MAX_DAYS);
    if (typeof days === "string")
      return { errors: { addressRetentionDays: [days] }, values: { addressRetentionDays: input.addressRetentionDays } };
    await savePrivacySettings({ addressRetentionDays: days });
    return { ok: true, message: t("dash.done.settings"), values: { addressRetentionDays: String(days) } };
  },
});
