import type { Metadata } from "next";
import Link from "next/link";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { countGuestComments, openGuestDataLink } from "@/server/privacy/guest-data";
import { GuestDataDeleteForm } from "./delete-form";

export function generateMetadata(): Metadata {
  // The token is in the address: no index, and no Referer carrying it to another site
  // ("no-referrer" would also send `Origin: null` with the forms, which the origin refuses).
  return { title: t("guestData.accessTitle"), robots: { index: false }, referrer: "same-origin" };
}

type Params = Promise<{ token?: string; geloescht?: string }>;

// Opened from the mailed link. Reading the page changes nothing (mail scanners open links):
// the export and the deletion are posts that check the token again.
export default async function GuestDataAccessPage({ searchParams }: { searchParams: Params }) {
  const { token = "", geloescht } = await searchParams;
  if (geloescht === "1")
    return (
      <div className={styles.page}>
        <h1>{t("guestData.accessTitle")}</h1>
        <FormMessage message={t("guestData.deleted")} ok />
      </div>
    );
  const link = token ? await openGuestDataLink(token) : null;
  if (!link)
    return (
      <div className={styles.page}>
        <h1>{t("guestData.accessTitle")}</h1>
        <p role="alert">{t("guestData.invalid")}</p>
        <p>
          <Link href="/meine-daten">{t("guestData.requestAgain")}</Link>
        </p>
      </div>
    );
  const count = await countGuestComments(link.email);
  return (
    <div className={styles.page}>
      <h1>{t("guestData.accessTitle")}</h1>
      <p>{t("guestData.accessIntro", { email: link.email, count, until: formatDateTime(link.expiresAt) })}</p>

      <section className={styles.section} aria-labelledby="guest-export-title">
        <h2 id="guest-export-title">{t("guestData.exportTitle")}</h2>
        <p>{t("guestData.exportText")}</p>
        {/* A plain post: the route answers with a file download, with or without JavaScript. */}
        <form method="post" action="/meine-daten/export" className={styles.form}>
          <input type="hidden" name="token" value={token} />
          <button type="submit" name="format" value="json" className={styles.secondary}>
            {t("guestData.exportJson")}
          </button>
          <button type="submit" name="format" value="csv" className={styles.secondary}>
            {t("guestData.exportCsv")}
          </button>
        </form>
      </section>

      <section className={styles.section} aria-labelledby="guest-delete-title">
        <h2 id="guest-delete-title">{t("guestData.deleteTitle")}</h2>
        <p>{t("guestData.deleteText")}</p>
        <GuestDataDeleteForm
          token={token}
          labels={{ confirm: t("guestData.deleteConfirm", { count }), submit: t("guestData.deleteSubmit") }}
        />
      </section>
    </div>
  );
}
