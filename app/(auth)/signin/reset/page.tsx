import type { Metadata } from "next";
import Link from "next/link";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { t, texts } from "@/lib/i18n";
import { PASSWORD_MIN_LENGTH } from "@/lib/password-policy";
import { isResetTokenUsable } from "@/server/accounts/password-reset";
import { ResetPasswordForm } from "../password-forms";

export function generateMetadata(): Metadata {
  return { title: t("signIn.resetTitle"), robots: { index: false } };
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const usable = token.length > 0 && token.length <= 200 && (await isResetTokenUsable(token));
  return (
    <div className={styles.page}>
      <h1>{t("signIn.resetTitle")}</h1>
      {usable ? (
        <ResetPasswordForm t={texts("fields.", "signIn.")} token={token} min={PASSWORD_MIN_LENGTH} />
      ) : (
        <>
          <FormMessage message={t("errors.resetLinkInvalid")} />
          <p>
            <Link href="/signin/forgot">{t("signIn.forgotLink")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
