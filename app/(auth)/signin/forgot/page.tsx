import type { Metadata } from "next";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { t, texts } from "@/lib/i18n";
import { ForgotPasswordForm } from "../password-forms";

export function generateMetadata(): Metadata {
  return { title: t("signIn.forgotTitle"), robots: { index: false } };
}

// The same answer whether the address has an account or not (server/accounts/password-reset.ts).
export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<{ sent?: string }> }) {
  const sent = (await searchParams).sent === "1";
  return (
    <div className={styles.page}>
      <h1>{t("signIn.forgotTitle")}</h1>
      {sent ? (
        <FormMessage message={t("signIn.forgotSent")} ok />
      ) : (
        <ForgotPasswordForm t={texts("fields.", "signIn.")} />
      )}
    </div>
  );
}
