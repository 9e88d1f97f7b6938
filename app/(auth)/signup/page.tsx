import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import styles from "@/components/auth/forms.module.css";
import { safeCallbackUrl } from "@/lib/callback-url";
import { authMessages } from "@/lib/i18n/auth";
import { getCurrentUser } from "@/server/accounts/session";
import { t as translate } from "@/lib/i18n";
import { privacyPagePath } from "@/server/pages/pages";
import { SignUpForm } from "./sign-up-form";

export function generateMetadata(): Metadata {
  return { title: authMessages().signUp.title, robots: { index: false } };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[] }>;
}) {
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = safeCallbackUrl(Array.isArray(raw) ? raw[0] : raw);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = authMessages();
  const privacyPath = await privacyPagePath();
  const signInHref = callbackUrl === "/" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <div className={styles.page}>
      <h1>{t.signUp.title}</h1>
      <SignUpForm t={t} callbackUrl={callbackUrl} />
      {privacyPath ? (
        <p>
          <a href={privacyPath}>{translate("privacy.link")}</a>
        </p>
      ) : null}
      <p>
        {t.signUp.haveAccount} <Link href={signInHref}>{t.signUp.signInLink}</Link>
      </p>
    </div>
  );
}
