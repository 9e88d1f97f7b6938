import type { Metadata } from "next";
import { t } from "@/lib/i18n";
import { guardPage, requireRole } from "@/server/accounts/session";
import { getModerationSettings } from "@/server/site/settings";
import { getSharingSettings } from "@/server/site/share-image";
import { getAvatarSettings } from "@/server/site/avatars";
import { ADDRESS_RETENTION_MAX_DAYS, ADDRESS_RETENTION_MIN_DAYS } from "@/lib/limits";
import { getPrivacySettings } from "@/server/site/privacy-settings";
import {
  saveAvatarSettingsAction,
  saveModerationSettingsAction,
  savePrivacySettingsAction,
  saveSharingSettingsAction,
} from "./actions";
import { AvatarForm } from "./avatar-form";
import { PrivacyForm } from "./privacy-form";
import { SharingForm } from "./sharing-form";
import { SettingsForm } from "./settings-form";

export function generateMetadata(): Metadata {
  return { title: t("dash.settings.title") };
}

export default async function SettingsPage() {
  await guardPage(() => requireRole("admin"), "/dashboard/settings");
  const [s, sharing, avatars, privacy] = await Promise.all([
    getModerationSettings(),
    getSharingSettings(),
    getAvatarSettings(),
    getPrivacySettings(),
  ]);
  return (
    <div className="moderation">
      <h1>{t("dash.settings.title")}</h1>
      <h2>{t("dash.settings.moderation")}</h2>
      <SettingsForm
        action={saveModerationSettingsAction}
        saved={{
          moderationWords: s.moderationWords.join("\n"),
          blockWords: s.blockWords.join("\n"),
          linkThreshold: String(s.linkThreshold),
          holdFirstComment: s.holdFirstComment,
          allowGuestComments: s.allowGuestComments,
          floodIntervalSeconds: String(s.floodIntervalSeconds),
          autoCloseAfterDays: s.autoCloseAfterDays === null ? "" : String(s.autoCloseAfterDays),
          reportThreshold: String(s.reportThreshold),
        }}
        labels={{
          moderationWords: t("dash.settings.moderationWords"),
          moderationWordsHint: t("dash.settings.moderationWordsHint"),
          blockWords: t("dash.settings.blockWords"),
          blockWordsHint: t("dash.settings.blockWordsHint"),
          linkThreshold: t("dash.settings.linkThreshold"),
          linkThresholdHint: t("dash.settings.linkThresholdHint"),
          holdFirst: t("dash.settings.holdFirst"),
          allowGuests: t("dash.settings.allowGuests"),
          flood: t("dash.settings.flood"),
          floodHint: t("dash.settings.floodHint"),
          autoClose: t("dash.settings.autoClose"),
          autoCloseHint: t("dash.settings.autoCloseHint"),
          reportThreshold: t("dash.settings.reportThreshold"),
          reportThresholdHint: t("dash.settings.reportThresholdHint"),
          save: t("dash.settings.save"),
        }}
      />
      <h2>{t("dash.settings.avatars")}</h2>
      <p>{t("dash.settings.avatarsIntro")}</p>
      <AvatarForm
        action={saveAvatarSettingsAction}
        gravatar={avatars.gravatar}
        labels={{
          gravatar: t("dash.settings.gravatar"),
          hint: t("dash.settings.gravatarHint"),
          save: t("dash.settings.saveAvatars"),
        }}
      />
      <h2>{t("dash.settings.sharing")}</h2>
      <SharingForm
        action={saveSharingSettingsAction}
        saved={sharing.defaultImage}
        labels={{
          field: t("dash.settings.shareImage"),
          hint: t("dash.settings.shareImageHint"),
          save: t("dash.settings.saveSharing"),
        }}
      />
      <h2>{t("dash.settings.privacy")}</h2>
      <PrivacyForm
        action={savePrivacySettingsAction}
        saved={String(privacy.addressRetentionDays)}
        labels={{
          title: t("dash.settings.privacy"),
          field: t("dash.settings.addressRetention"),
          hint: t("dash.settings.addressRetentionHint", {
            min: ADDRESS_RETENTION_MIN_DAYS,
            max: ADDRESS_RETENTION_MAX_DAYS,
          }),
          save: t("dash.settings.savePrivacy"),
        }}
      />
    </div>
  );
}
