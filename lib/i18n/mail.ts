// Texts of the mails the site sends (server/mail/templates.ts), German and English. Plain
// strings with {placeholders} (filled by `fill` from ./auth): the worker renders them outside Next.
import { getLocale, type Locale } from "./index";

const de = {
  greeting: "Hallo,",
  footer: "Diese E-Mail wurde automatisch von {site} verschickt.",
  signInLink: {
    subject: "Dein Anmeldelink für {site}",
    intro: "mit diesem Link meldest du dich bei {site} an:",
    button: "Jetzt anmelden",
    outro:
      "Der Link ist 24 Stunden gültig und funktioniert nur einmal. Wenn du keinen Link angefordert hast, kannst du diese E-Mail ignorieren.",
  },
  signUpNotice: {
    subject: "Registrierungsversuch bei {site}",
    intro:
      "jemand hat gerade versucht, bei {site} mit dieser E-Mail-Adresse ein neues Konto anzulegen. Zu dieser Adresse gibt es schon ein Konto; es wurde nichts geändert und kein zweites angelegt.",
    button: "Anmelden",
    outro:
      "Warst du das? Dann melde dich mit deinem bisherigen Passwort an oder setze es zurück. Warst du es nicht, kannst du diese E-Mail ignorieren.",
  },
  passwordReset: {
    subject: "Passwort zurücksetzen bei {site}",
    intro: "mit diesem Link legst du ein neues Passwort für dein Konto bei {site} fest:",
    button: "Neues Passwort festlegen",
    outro:
      "Der Link ist eine Stunde gültig und funktioniert nur einmal. Wenn du das nicht angefordert hast, kannst du diese E-Mail ignorieren; dein Passwort bleibt unverändert.",
  },
  passwordChanged: {
    subject: "Dein Passwort bei {site} wurde geändert",
    intro:
      "das Passwort deines Kontos bei {site} wurde soeben neu festgelegt, und alle anderen Anmeldungen wurden beendet.",
    button: "Zur Anmeldung",
    outro: "Warst du das nicht, setze dein Passwort sofort zurück und antworte der Redaktion.",
  },
  reply: {
    subject: "Neue Antwort auf deinen Kommentar zu „{article}“",
    intro: "{name} hat auf deinen Kommentar zu „{article}“ geantwortet:",
    button: "Antwort lesen",
    outro: "Du bekommst diese E-Mail, weil du um Benachrichtigung bei Antworten gebeten hast.",
    unsubscribe: "Keine weiteren Benachrichtigungen zu diesem Kommentar: {url}",
  },
  moderationAlert: {
    subject: "Kommentar wartet auf Freigabe: „{article}“",
    intro: "{name} hat einen Kommentar zu „{article}“ geschrieben, der auf Freigabe wartet:",
    button: "Im Dashboard prüfen",
    outro: "Benachrichtigungen stellst du in deinem Konto ein.",
  },
} as const;

export type MailMessages = {
  [K in keyof typeof de]: (typeof de)[K] extends string ? string : Record<keyof (typeof de)[K], string>;
};

const en: MailMessages = {
  greeting: "Hello,",
  footer: "This email was sent automatically by {site}.",
  signInLink: {
    subject: "Your sign-in link for {site}",
    intro: "use this link to sign in to {site}:",
    button: "Sign in now",
    outro: "The link is valid for 24 hours and works once. If you did not ask for it, you can ignore this email.",
  },
  signUpNotice: {
    subject: "Sign-up attempt at {site}",
    intro:
      "someone just tried to open a new account at {site} with this email address. There already is an account for it; nothing was changed and no second one was created.",
    button: "Sign in",
    outro: "Was it you? Then sign in with your password or reset it. If it was not you, you can ignore this email.",
  },
  passwordReset: {
    subject: "Reset your password at {site}",
    intro: "use this link to choose a new password for your account at {site}:",
    button: "Choose a new password",
    outro:
      "The link is valid for one hour and works once. If you did not ask for it, ignore this email; your password stays as it is.",
  },
  passwordChanged: {
    subject: "Your password at {site} was changed",
    intro: "the password of your account at {site} was just set anew, and every other session was ended.",
    button: "Sign in",
    outro: "If this was not you, reset your password at once and reply to the editors.",
  },
  reply: {
    subject: "New reply to your comment on “{article}”",
    intro: "{name} replied to your comment on “{article}”:",
    button: "Read the reply",
    outro: "You get this email because you asked to be told of replies.",
    unsubscribe: "No more notifications for this comment: {url}",
  },
  moderationAlert: {
    subject: "Comment awaiting approval: “{article}”",
    intro: "{name} wrote a comment on “{article}” that awaits approval:",
    button: "Review in the dashboard",
    outro: "You choose these notifications on your account page.",
  },
};

export function mailMessages(locale: Locale = getLocale()): MailMessages {
  return locale === "en" ? en : de;
}

const adminDe = {
  title: "E-Mails",
  nav: "E-Mails",
  notSending:
    "SMTP_URL oder EMAIL_FROM ist nicht gesetzt: E-Mails werden hier gesammelt und erst verschickt, wenn beides eingerichtet ist.",
  filter: "Status",
  all: "Alle",
  none: "Keine E-Mails.",
  created: "Angelegt",
  kind: "Art",
  recipient: "Empfänger/in",
  status: "Status",
  attempts: "Versuche",
  error: "Letzter Fehler",
  statuses: { pending: "wartet", sending: "wird gesendet / unterbrochen", sent: "gesendet", dead: "aufgegeben" },
  retry: "Erneut senden",
  retryInterrupted: "Erneut senden (kann doppelt ankommen)",
  retried: "Die E-Mail steht wieder in der Warteschlange.",
  unsubscribeTitle: "Benachrichtigungen abbestellen",
  unsubscribeText: "Du bekommst dann keine E-Mails mehr über Antworten auf diesen Kommentar.",
  unsubscribeSubmit: "Abbestellen",
  unsubscribed: "Erledigt: Du bekommst keine Benachrichtigungen mehr zu diesem Kommentar.",
  unsubscribeInvalid: "Dieser Link ist ungültig.",
  prefsTitle: "E-Mail-Benachrichtigungen",
  prefsReplies: "Neue Kommentare: „Bei Antworten benachrichtigen“ vorausgewählt",
  prefsAlerts: "Kommentare, die auf Freigabe warten",
  prefsAlertsOptions: { off: "keine E-Mail", instant: "sofort", daily: "täglich zusammengefasst" },
  prefsAlertsAll: "für alle Artikel (nicht nur meine)",
  prefsSave: "Speichern",
  prefsSaved: "Gespeichert.",
};
export type MailAdminMessages = {
  [K in keyof typeof adminDe]: (typeof adminDe)[K] extends string ? string : Record<keyof (typeof adminDe)[K], string>;
};

const adminEn: MailAdminMessages = {
  title: "Emails",
  nav: "Emails",
  notSending: "SMTP_URL or EMAIL_FROM is not set: emails are collected here and sent once both are configured.",
  filter: "Status",
  all: "All",
  none: "No emails.",
  created: "Created",
  kind: "Kind",
  recipient: "Recipient",
  status: "Status",
  attempts: "Tries",
  error: "Last error",
  statuses: { pending: "waiting", sending: "sending / interrupted", sent: "sent", dead: "given up" },
  retry: "Send again",
  retryInterrupted: "Send again (may arrive twice)",
  retried: "The email is queued again.",
  unsubscribeTitle: "Unsubscribe",
  unsubscribeText: "You will get no more emails about replies to this comment.",
  unsubscribeSubmit: "Unsubscribe",
  unsubscribed: "Done: no more notifications for this comment.",
  unsubscribeInvalid: "This link is not valid.",
  prefsTitle: "Email notifications",
  prefsReplies: "New comments: “Notify me of replies” ticked",
  prefsAlerts: "Comments awaiting approval",
  prefsAlertsOptions: { off: "no email", instant: "at once", daily: "daily digest" },
  prefsAlertsAll: "for every article (not just mine)",
  prefsSave: "Save",
  prefsSaved: "Saved.",
};

export function mailAdminMessages(locale: Locale = getLocale()): MailAdminMessages {
  return locale === "en" ? adminEn : adminDe;
}
