// German texts of the mails the site sends (server/mail/templates.ts, rendered by the worker
// outside Next) and of the outbox pages: unsubscribe, mail preferences, /dashboard/mail. Part of
// the one catalogue (./de.ts spreads them in), kept apart only for the file's length.
export const mailDe = {
  "mail.greeting": "Hallo,",
  "mail.footer": "Diese E-Mail wurde automatisch von {site} verschickt.",
  "mail.signInLink.subject": "Dein Anmeldelink für {site}",
  "mail.signInLink.intro": "mit diesem Link meldest du dich bei {site} an:",
  "mail.signInLink.button": "Jetzt anmelden",
  "mail.signInLink.outro":
    "Der Link ist 24 Stunden gültig und funktioniert nur einmal. Wenn du keinen Link angefordert hast, kannst du diese E-Mail ignorieren.",
  "mail.signUpNotice.subject": "Registrierungsversuch bei {site}",
  "mail.signUpNotice.intro":
    "jemand hat gerade versucht, bei {site} mit dieser E-Mail-Adresse ein neues Konto anzulegen. Zu dieser Adresse gibt es schon ein Konto; es wurde nichts geändert und kein zweites angelegt.",
  "mail.signUpNotice.button": "Anmelden",
  "mail.signUpNotice.outro":
    "Warst du das? Dann melde dich mit deinem bisherigen Passwort an oder setze es zurück. Warst du es nicht, kannst du diese E-Mail ignorieren.",
  "mail.passwordReset.subject": "Passwort zurücksetzen bei {site}",
  "mail.passwordReset.intro": "mit diesem Link legst du ein neues Passwort für dein Konto bei {site} fest:",
  "mail.passwordReset.button": "Neues Passwort festlegen",
  "mail.passwordReset.outro":
    "Der Link ist eine Stunde gültig und funktioniert nur einmal. Wenn du das nicht angefordert hast, kannst du diese E-Mail ignorieren; dein Passwort bleibt unverändert.",
  "mail.passwordChanged.subject": "Dein Passwort bei {site} wurde geändert",
  "mail.passwordChanged.intro":
    "das Passwort deines Kontos bei {site} wurde soeben neu festgelegt, und alle anderen Anmeldungen wurden beendet.",
  "mail.passwordChanged.button": "Zur Anmeldung",
  "mail.passwordChanged.outro": "Warst du das nicht, setze dein Passwort sofort zurück und antworte der Redaktion.",
  "mail.guestConfirm.subject": "Bitte bestätige deine E-Mail-Adresse für Kommentare bei {site}",
  "mail.guestConfirm.intro":
    "jemand hat bei {site} unter dieser E-Mail-Adresse einen Kommentar geschrieben. Wenn du das warst, bestätige die Adresse mit diesem Link; danach erscheinen deine Kommentare sofort, sobald einer freigegeben wurde:",
  "mail.guestConfirm.button": "Adresse bestätigen",
  "mail.guestConfirm.outro":
    "Warst du es nicht, ignoriere diese E-Mail: ohne Bestätigung wird jeder Kommentar unter dieser Adresse erst geprüft.",
  "mail.reply.subject": "Neue Antwort auf deinen Kommentar zu „{article}“",
  "mail.reply.intro": "{name} hat auf deinen Kommentar zu „{article}“ geantwortet:",
  "mail.reply.button": "Antwort lesen",
  "mail.reply.outro": "Du bekommst diese E-Mail, weil du um Benachrichtigung bei Antworten gebeten hast.",
  "mail.reply.unsubscribe": "Keine weiteren Benachrichtigungen zu diesem Kommentar: {url}",
  "mail.reply.unsubscribeLink": "Keine weiteren Benachrichtigungen zu diesem Kommentar",
  "mail.moderationAlert.subject": "Kommentar wartet auf Freigabe: „{article}“",
  "mail.moderationAlert.intro": "{name} hat einen Kommentar zu „{article}“ geschrieben, der auf Freigabe wartet:",
  "mail.moderationAlert.button": "Im Dashboard prüfen",
  "mail.moderationAlert.outro": "Benachrichtigungen stellst du in deinem Konto ein.",
  "mail.moderationDigest.subject": "Kommentare warten auf Freigabe bei {site} ({count})",
  "mail.moderationDigest.intro": "diese Kommentare warten auf Freigabe:",
  "mail.moderationDigest.button": "Zur Moderation",
  "mail.moderationDigest.outro": "Diese Zusammenfassung kommt einmal am Tag; du stellst sie in deinem Konto ein.",
  "mail.confirmEmail.subject": "Bitte bestätige deine E-Mail-Adresse bei {site}",
  "mail.confirmEmail.intro":
    "bitte bestätige mit diesem Link, dass diese E-Mail-Adresse zu deinem Konto bei {site} gehört:",
  "mail.confirmEmail.button": "E-Mail-Adresse bestätigen",
  "mail.confirmEmail.outro":
    "Der Link ist 48 Stunden gültig und funktioniert nur einmal. Wenn du das nicht angefordert hast, kannst du diese E-Mail ignorieren.",

  "mailAdmin.title": "E-Mails",
  "mailAdmin.nav": "E-Mails",
  "mailAdmin.notSending":
    "SMTP_URL oder EMAIL_FROM ist nicht gesetzt: E-Mails werden hier gesammelt und erst verschickt, wenn beides eingerichtet ist.",
  "mailAdmin.filter": "Status",
  "mailAdmin.all": "Alle",
  "mailAdmin.none": "Keine E-Mails.",
  "mailAdmin.created": "Angelegt",
  "mailAdmin.kind": "Art",
  "mailAdmin.recipient": "Empfänger/in",
  "mailAdmin.status": "Status",
  "mailAdmin.attempts": "Versuche",
  "mailAdmin.error": "Letzter Fehler",
  "mailAdmin.statuses.pending": "wartet",
  "mailAdmin.statuses.sending": "wird gesendet / unterbrochen",
  "mailAdmin.statuses.sent": "gesendet",
  "mailAdmin.statuses.dead": "aufgegeben",
  "mailAdmin.retry": "Erneut senden",
  "mailAdmin.retryInterrupted": "Erneut senden (kann doppelt ankommen)",
  "mailAdmin.retried": "Die E-Mail steht wieder in der Warteschlange.",

  "unsubscribe.title": "Benachrichtigungen abbestellen",
  "unsubscribe.text": "Du bekommst dann keine E-Mails mehr über Antworten auf diesen Kommentar.",
  "unsubscribe.submit": "Abbestellen",
  "unsubscribe.done": "Erledigt: Du bekommst keine Benachrichtigungen mehr zu diesem Kommentar.",
  "unsubscribe.invalid": "Dieser Link ist ungültig.",

  "mailPrefs.title": "E-Mail-Benachrichtigungen",
  "mailPrefs.replies": "Neue Kommentare: „Bei Antworten benachrichtigen“ vorausgewählt",
  "mailPrefs.alerts": "Kommentare, die auf Freigabe warten",
  "mailPrefs.alerts.off": "keine E-Mail",
  "mailPrefs.alerts.instant": "sofort",
  "mailPrefs.alerts.daily": "täglich zusammengefasst",
  "mailPrefs.alertsAll": "für alle Artikel (nicht nur meine)",
  "mailPrefs.save": "Speichern",
  "mailPrefs.saved": "Gespeichert.",
} satisfies Record<string, string>;
