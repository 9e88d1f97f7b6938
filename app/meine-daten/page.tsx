import type { Metadata } from "next";
import Link from "next/link";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { t, texts } from "@/lib/i18n";
import { GUEST_DATA_LINK_HOURS } from "@/lib/limits";
import { getCurrentUser } from "@/server/accounts/session";
import { privacyPagePath } from "@/server/pages/pages";
import { GuestDataRequestForm } from "./request-form";

export function generateMetadata(): Metadata {
  return { title: t("guestData.title") };
}

// A guest asks for her comments by email address (server/privacy/guest-data.ts).
export default async function GuestDataPage({ searchParams }: { searchParams: Promise<{ gesendet?: string }> }) {
  const sent = (await searchParams).gesendet === "1";
  const [user, privacyPath] = await Promise.all([getCurrentUser(), privacyPagePath()]);
  return (
    <div className={styles.page}>
      <h1>{t("guestData.title")}</h1>
      {sent ? (
        <FormMessage message={t("guestData.sent", { hours: GUEST_DATA_LINK_HOURS })} ok />
      ) : (
        <>
          <p>{t("guestData.intro")}</p>
          <GuestDataRequestForm t={texts("guestData.")} />
        </>
      )}
      {user ? (
        <p>
          {t("guestData.signedIn")} <Link href="/account">{t("guestData.accountLink")}</Link>
        </p>
      ) : null}
      {privacyPath ? (
        <p>
          <a href={privacyPath}>{t("guestData.privacyPage")}</a>
        </p>
      ) : null}
    </div>
  );
}
