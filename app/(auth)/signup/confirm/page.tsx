import type { Metadata } from "next";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { t } from "@/lib/i18n";
import { isConfirmationUsable } from "@/server/accounts/email-confirmation";
import { ConfirmEmailForm } from "./confirm-email-form";

export function generateMetadata(): Metadata {
  return { title: t("confirmEmail.title"), robots: { index: false } };
}

// The mailed link opens this page; confirming takes a button (a POST), so that mail scanners
// that fetch links do not use it up. Works without a session: the token is the proof.
export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[]; done?: string }>;
}) {
  const params = await searchParams;
  const token = (Array.isArray(params.token) ? params.token[0] : params.token) ?? "";
  if (params.done) {
    return (
      <div className={styles.page}>
        <h1>{t("confirmEmail.title")}</h1>
        <FormMessage ok message={t(params.done === "changed" ? "confirmEmail.changed" : "confirmEmail.done")} />
      </div>
    );
  }
  const usable = token.length > 0 && token.length <= 200 && (await isConfirmationUsable(token));
  return (
    <div className={styles.page}>
      <h1>{t("confirmEmail.title")}</h1>
      {usable ? (
        <>
          <p>{t("confirmEmail.text")}</p>
          <ConfirmEmailForm token={token} label={t("confirmEmail.submit")} />
        </>
      ) : (
        <FormMessage message={t("errors.confirmLinkInvalid")} />
      )}
    </div>
  );
}
