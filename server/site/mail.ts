import "server-only";
import { createTransport } from "nodemailer";
import { t } from "@/lib/i18n";
import { publicOrigin } from "@/server/http/public-origin";
import { env } from "@/lib/env";

/**
 * The link points at the configured public origin (AUTH_URL, else SITE_URL) when there is
 * one: Auth.js otherwise builds it from the request's Host header, which whoever asks for
 * the link controls — a forged Host would mail the victim a valid token on someone else's site.
 */
export function publicLink(url: string): string {
  const origin = publicOrigin();
  if (!origin) return url;
  const link = new URL(url);
  return `${origin}${link.pathname}${link.search}`;
}

/** Sends the magic sign-in link (Auth.js's email provider calls this), in the site's language. */
export async function sendMagicLink(params: {
  identifier: string;
  url: string;
  provider: { server?: unknown; from?: string };
}) {
  const url = publicLink(params.url);
  const transport = createTransport(params.provider.server as Parameters<typeof createTransport>[0]);
  const escapedUrl = url.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const result = await transport.sendMail({
    to: params.identifier,
    from: params.provider.from,
    subject: t("email.subject", { site: env().SITE_NAME }),
    text: t("email.text", { site: env().SITE_NAME, url }),
    html: `<p>${t("email.text", { site: env().SITE_NAME, url: "" }).split("\n\n")[0]}</p><p><a href="${escapedUrl}">${t("email.button")}</a></p>`,
  });
  const failed = [...(result.rejected ?? []), ...(result.pending ?? [])];
  if (failed.length) throw new Error(`the sign-in link could not be sent to ${failed.map(String).join(", ")}`);
}

/**
 * Tells the owner of an address that someone tried to open an account with it (sign-up
 * answers as if it had worked, see server/accounts/sign-in.ts). Only when mail is configured. The link
 * to sign in is added only with a configured public origin: one built from the request's Host
 * header would let whoever signs up put their own site into the owner's mailbox.
 */
export async function sendSignUpAttemptNotice(email: string): Promise<void> {
  const mail = env().mail;
  if (!mail) return;
  const origin = publicOrigin();
  const text = [
    t("signUpNotice.text", { site: env().SITE_NAME }),
    origin ? t("signUpNotice.signIn", { url: `${origin}/signin` }) : "",
    t("signUpNotice.closing"),
  ]
    .filter(Boolean)
    .join("\n\n");
  const result = await createTransport(mail.smtpUrl).sendMail({
    to: email,
    from: mail.from,
    subject: t("signUpNotice.subject", { site: env().SITE_NAME }),
    text: `${text}\n`,
  });
  const failed = [...(result.rejected ?? []), ...(result.pending ?? [])];
  if (failed.length) throw new Error(`the sign-up notice could not be sent to ${failed.map(String).join(", ")}`);
}
