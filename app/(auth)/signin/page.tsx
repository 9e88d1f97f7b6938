import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { signInMethods } from "@/auth";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { safeCallbackUrl } from "@/lib/callback-url";
import { t, texts } from "@/lib/i18n";
import { getCurrentUser } from "@/server/accounts/session";
import { oauthSignInAction } from "../actions";
import { signInErrorMessage } from "../sign-in-errors";
import { MagicLinkForm, SignInForm } from "./sign-in-form";

export function generateMetadata(): Metadata {
  return { title: t("signIn.title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const formTexts = texts("fields.", "signIn.");
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(first(params.callbackUrl));
  if (await getCurrentUser()) redirect(callbackUrl);
  const message = signInErrorMessage(first(params.error), first(params.code));
  const signUpHref = callbackUrl === "/" ? "/signup" : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  const oauth = (["github", "google"] as const).filter((p) => signInMethods[p]);

  return (
    <div className={styles.page}>
      <h1>{t("signIn.title")}</h1>
      {first(params.registered) === "1" ? <FormMessage message={t("signUp.registered")} ok /> : null}
      {first(params.reset) === "1" ? <FormMessage message={t("signIn.resetDone")} ok /> : null}
      <SignInForm t={formTexts} callbackUrl={callbackUrl} initialMessage={message} />
      <p>
        <Link href="/signin/forgot">{t("signIn.forgotLink")}</Link>
      </p>
      <p>
        {t("signIn.noAccount")} <Link href={signUpHref}>{t("signIn.signUpLink")}</Link>
      </p>
      {oauth.length > 0 || signInMethods.magicLink ? <p className={styles.divider}>{t("signIn.or")}</p> : null}
      {oauth.map((provider) => (
        <form key={provider} action={oauthSignInAction.bind(null, provider, callbackUrl)} className={styles.form}>
          <button type="submit" className={styles.secondary}>
            {provider === "github" ? t("signIn.withGitHub") : t("signIn.withGoogle")}
          </button>
        </form>
      ))}
      {signInMethods.magicLink ? (
        <section className={styles.section} aria-labelledby="magic-link-title">
          <h2 id="magic-link-title">{t("signIn.magicLinkTitle")}</h2>
          <MagicLinkForm t={formTexts} callbackUrl={callbackUrl} />
        </section>
      ) : null}
    </div>
  );
}
