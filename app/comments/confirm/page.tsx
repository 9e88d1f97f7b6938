import type { Metadata } from "next";
import { SitePageFrame } from "@/components/auth/site-page-frame";
import styles from "@/components/auth/forms.module.css";
import { t } from "@/lib/i18n";

export function generateMetadata(): Metadata {
  return { title: t("guestConfirm.title"), robots: { index: false } };
}

type Params = Promise<{ e?: string; x?: string; s?: string; done?: string }>;

// The link mailed to a guest on her comment, opened in a browser: one button, no sign-in. The
// button, not the GET, confirms: mail scanners open links on their own.
export default async function ConfirmGuestEmailPage({ searchParams }: { searchParams: Params }) {
  const { e, x, s, done } = await searchParams;
  const query = new URLSearchParams({ e: e ?? "", x: x ?? "", s: s ?? "" }).toString();
  return (
    <SitePageFrame>
      <div className={styles.page}>
        <h1>{t("guestConfirm.title")}</h1>
        {done === "1" ? (
          <p role="status">{t("guestConfirm.done")}</p>
        ) : done === "0" ? (
          <p role="alert">{t("guestConfirm.invalid")}</p>
        ) : (
          <form method="post" action={`/api/comments/confirm?${query}`} className={styles.form}>
            <p>{e}</p>
            <button type="submit">{t("guestConfirm.button")}</button>
          </form>
        )}
      </div>
    </SitePageFrame>
  );
}
