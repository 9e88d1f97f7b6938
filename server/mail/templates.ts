// Renders an outbox row into a mail: plain text plus simple HTML in the site's language, with
// the site's name, no images and nothing remote. Not server-only: the worker (scripts/worker.ts)
// renders outside Next, and the dashboard shows the same rendering.
import { fill } from "@/lib/i18n/fill";
import { mailMessages, type MailMessages } from "@/lib/i18n/mail";

export type MailKind =
  "sign-in-link" | "sign-up-notice" | "password-reset" | "password-changed" | "reply" | "moderation-alert";

/** What each kind carries in `mail_outbox.data`: links are absolute, texts already plain. */
export type MailData = {
  url: string;
  article?: string;
  name?: string;
  excerpt?: string;
  /** RFC 8058 one-click unsubscribe address (POST), also the plain link in the text. */
  unsubscribeUrl?: string;
};

export type RenderedMail = { subject: string; text: string; html: string; headers: Record<string, string> };

const SECTIONS: Record<MailKind, keyof MailMessages> = {
  "sign-in-link": "signInLink",
  "sign-up-notice": "signUpNotice",
  "password-reset": "passwordReset",
  "password-changed": "passwordChanged",
  reply: "reply",
  "moderation-alert": "moderationAlert",
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function renderMail(kind: MailKind, data: MailData, site: { name: string }): RenderedMail {
  const m = mailMessages();
  const t = m[SECTIONS[kind]] as Record<string, string>;
  const values = { site: site.name, article: data.article ?? "", name: data.name ?? "" };
  const intro = fill(t.intro, values);
  const outro = fill(t.outro, values);
  const footer = fill(m.footer, values);
  const quote = data.excerpt ? data.excerpt : null;
  const unsubscribe = data.unsubscribeUrl && t.unsubscribe ? fill(t.unsubscribe, { url: data.unsubscribeUrl }) : null;

  const text = [m.greeting, intro, quote && quote.replace(/^/gm, "> "), data.url, outro, unsubscribe, `-- \n${footer}`]
    .filter(Boolean)
    .join("\n\n");
  const p = (s: string) => `<p>${escapeHtml(s).replace(/\n/g, "<br>")}</p>`;
  const html = [
    `<!doctype html><html lang="${m === mailMessages("en") ? "en" : "de"}"><head><meta charset="utf-8"><title>${escapeHtml(fill(t.subject, values))}</title></head>`,
    `<body style="font-family:sans-serif;line-height:1.5;max-width:40em">`,
    p(m.greeting),
    p(intro),
    quote ? `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:1em">${p(quote)}</blockquote>` : "",
    `<p><a href="${escapeHtml(data.url)}">${escapeHtml(t.button)}</a></p>`,
    p(outro),
    unsubscribe && data.unsubscribeUrl
      ? `<p><a href="${escapeHtml(data.unsubscribeUrl)}">${escapeHtml(unsubscribe.replace(data.unsubscribeUrl, "").replace(/:\s*$/, ""))}</a></p>`
      : "",
    `<hr><p style="color:#666;font-size:small">${escapeHtml(footer)}</p></body></html>`,
  ].join("");

  const headers: Record<string, string> = { "Auto-Submitted": "auto-generated" };
  if (data.unsubscribeUrl) {
    headers["List-Unsubscribe"] = `<${data.unsubscribeUrl}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return { subject: fill(t.subject, values), text: `${text}\n`, html, headers };
}
