import type { Metadata } from "next";
import { SitePageFrame } from "@/components/auth/site-page-frame";
import styles from "@/components/auth/forms.module.css";
import { t } from "@/lib/i18n";

export function generateMetadata(): Metadata {
  return { title: t("unsubscribe.title"), robots: { index: false } };
}

type Params = Promise<{ c?: string; s?: string; done?: string }>;

// The unsubscribe link from a reply notification, opened in a browser: one button, no sign-in.
export default async function UnsubscribePage({ searchParams }: { searchParams: Params }) {
  const { c, s, done } = await searchParams;
  return (
    <SitePageFrame>
      <div className={styles.page}>
        <h1>{t("unsubscribe.title")}</h1>
        {done === "1" ? (
          <p role="status">{t("unsubscribe.done")}</p>
        ) : done === "0" ? (
          <p role="alert">{t("unsubscribe.invalid")}</p>
        ) : (
          <form
            method="post"
            action={`/api/mail/unsubscribe?c=${encodeURIComponent(c ?? "")}&s=${encodeURIComponent(s ?? "")}`}
            className={styles.form}
          >
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <p>{t("unsubscribe.text")}</p>
            <button type="submit">{t("unsubscribe.submit")}</button>
          </form>
        )}
      </div>
    </SitePageFrame>
  );
}
