import type { Metadata } from "next";
import { SitePageFrame } from "@/components/auth/site-page-frame";
import styles from "@/components/auth/forms.module.css";
import { mailAdminMessages } from "@/lib/i18n/mail";

export function generateMetadata(): Metadata {
  return { title: mailAdminMessages().unsubscribeTitle, robots: { index: false } };
}

type Params = Promise<{ c?: string; s?: string; done?: string }>;

// The unsubscribe link from a reply notification, opened in a browser: one button, no sign-in.
export default async function UnsubscribePage({ searchParams }: { searchParams: Params }) {
  const { c, s, done } = await searchParams;
  const t = mailAdminMessages();
  return (
    <SitePageFrame>
      <div className={styles.page}>
        <h1>{t.unsubscribeTitle}</h1>
        {done === "1" ? (
          <p role="status">{t.unsubscribed}</p>
        ) : done === "0" ? (
          <p role="alert">{t.unsubscribeInvalid}</p>
        ) : (
          <form
            method="post"
            action={`/api/mail/unsubscribe?c=${encodeURIComponent(c ?? "")}&s=${encodeURIComponent(s ?? "")}`}
            className={styles.form}
          >
            <input type="hidden" name="List-Unsubscribe" value="One-Click" />
            <p>{t.unsubscribeText}</p>
            <button type="submit">{t.unsubscribeSubmit}</button>
          </form>
        )}
      </div>
    </SitePageFrame>
  );
}
