import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import styles from "@/components/auth/forms.module.css";
import { safeCallbackUrl } from "@/lib/callback-url";
import { t, texts } from "@/lib/i18n";
import { getCurrentUser } from "@/server/accounts/session";
import { privacyPagePath } from "@/server/pages/pages";
import { SignUpForm } from "./sign-up-form";

export function generateMetadata(): Metadata {
  return { title: t("signUp.title"), robots: { index: false } };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const formTexts = texts("fields.", "signUp.");
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = safeCallbackUrl(Array.isArray(raw) ? raw[0] : raw);
  if (await getCurrentUser()) redirect(callbackUrl);
  const privacyPath = await privacyPagePath();
  const signInHref = callbackUrl === "/" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <div className={styles.page}>
      <h1>{t("signUp.title")}</h1>
      <SignUpForm t={formTexts} callbackUrl={callbackUrl} />
      {privacyPath ? (
        <p>
          <a href={privacyPath}>{t("privacy.link")}</a>
        </p>
      ) : null}
      <p>
        {t("signUp.haveAccount")} <Link href={signInHref}>{t("signUp.signInLink")}</Link>
      </p>
    </div>
  );
}
