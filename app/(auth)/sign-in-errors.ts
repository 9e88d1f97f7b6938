import { t } from "@/lib/i18n";

/**
 * The message for an Auth.js failure: `error` and `code` as Auth.js puts them into the
 * redirect to /signin (or as thrown by a server-side signIn()), plus our own "banned".
 */
export function signInErrorMessage(error: string | undefined, code?: string): string | undefined {
  if (!error) return undefined;
  if (error === "banned") return t("errors.banned");
  if (error === "CredentialsSignin") {
    if (code === "banned") return t("errors.banned");
    const limited = /^rate_limited:(\d+)$/.exec(code ?? "");
    if (limited) return t("errors.tooManyAttempts", { minutes: limited[1] });
    return t("errors.invalidCredentials");
  }
  if (error === "Verification") return t("errors.linkInvalid");
  if (error === "OAuthAccountNotLinked") return t("errors.accountExistsWithOtherMethod");
  if (error === "AccessDenied") return t("errors.banned");
  return t("errors.oauthFailed");
}
