// Renders an outbox row into a mail: plain text plus simple HTML in the site's language, with
// the site's name, no images and nothing remote. Not server-only: the worker (scripts/worker.ts)
// renders outside Next, and the dashboard shows the same rendering.
import { getLocale, t, type Locale } from "@/lib/i18n";

export type MailKind =
  | "sign-in-link"
  | "sign-up-notice"
  | "password-reset"
  | "password-changed"
  | "reply"
  | "moderation-alert"
  | "moderation-digest"
  | "confirm-email"
  | "guest-confirm"
  | "guest-data";

/** One waiting comment in a daily digest. */
export type DigestItem = { url: string; article: string; name: string; excerpt: string };

/** What each kind carries in `mail_outbox.data`: links are absolute, texts already plain. */
export type MailData = {
  url: string;
  article?: string;
  name?: string;
  excerpt?: string;
  /** RFC 8058 one-click unsubscribe address (POST), also the plain link in the text. */
  unsubscribeUrl?: string;
  /** The daily digest's waiting comments, each with its link into the dashboard. */
  items?: DigestItem[];
};

export type RenderedMail = { subject: string; text: string; html: string; headers: Record<string, string> };

// Each kind's texts in the catalogue: `mail.<section>.subject`, `.intro`, `.button`, `.outro`.
const SECTIONS = {
  "sign-in-link": "signInLink",
  "sign-up-notice": "signUpNotice",
  "password-reset": "passwordReset",
  "password-changed": "passwordChanged",
  reply: "reply",
  "moderation-alert": "moderationAlert",
  "moderation-digest": "moderationDigest",
  "confirm-email": "confirmEmail",
  "guest-confirm": "guestConfirm",
  "guest-data": "guestData",
} as const satisfies Record<MailKind, string>;

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function renderMail(
  kind: MailKind,
  data: MailData,
  site: { name: string },
  locale: Locale = getLocale(),
): RenderedMail {
  const section = SECTIONS[kind];
  const items = data.items ?? [];
  const values = { site: site.name, article: data.article ?? "", name: data.name ?? "", count: items.length };
  const subject = t(`mail.${section}.subject`, values, locale);
  const greeting = t("mail.greeting", undefined, locale);
  const intro = t(`mail.${section}.intro`, values, locale);
  const outro = t(`mail.${section}.outro`, values, locale);
  const footer = t("mail.footer", values, locale);
  const quote = data.excerpt ? data.excerpt : null;
  // Only reply notifications can be unsubscribed from.
  const unsubscribe = kind === "reply" && data.unsubscribeUrl ? data.unsubscribeUrl : null;

  const text = [
    greeting,
    intro,
    quote && quote.replace(/^/gm, "> "),
    ...items.map((i) => `${i.name} · „${i.article}“\n${i.excerpt.replace(/^/gm, "> ")}\n${i.url}`),
    data.url,
    outro,
    unsubscribe && t("mail.reply.unsubscribe", { url: unsubscribe }, locale),
    `-- \n${footer}`,
  ]
    .filter(Boolean)
    .join("\n\n");
  const p = (s: string) => `<p>${escapeHtml(s).replace(/\n/g, "<br>")}</p>`;
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="font-family:sans-serif;line-height:1.5;max-width:40em">`,
    p(greeting),
    p(intro),
    quote ? `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:1em">${p(quote)}</blockquote>` : "",
    items.length
      ? `<ul>${items.map((i) => `<li><a href="${escapeHtml(i.url)}">${escapeHtml(`${i.name} · „${i.article}“`)}</a>${p(i.excerpt)}</li>`).join("")}</ul>`
      : "",
    `<p><a href="${escapeHtml(data.url)}">${escapeHtml(t(`mail.${section}.button`, undefined, locale))}</a></p>`,
    p(outro),
    unsubscribe
      ? `<p><a href="${escapeHtml(unsubscribe)}">${escapeHtml(t("mail.reply.unsubscribeLink", undefined, locale))}</a></p>`
      : "",
    `<hr><p style="color:#666;font-size:small">${escapeHtml(footer)}</p></body></html>`,
  ].join("");

  const headers: Record<string, string> = { "Auto-Submitted": "auto-generated" };
  if (data.unsubscribeUrl) {
    headers["List-Unsubscribe"] = `<${data.unsubscribeUrl}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return { subject, text: `${text}\n`, html, headers };
}
