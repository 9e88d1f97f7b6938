// German texts of the privacy features (data requests on /meine-daten, address retention, the
// comment form's note): part of the one catalogue (./de.ts spreads them in).
export const privacyDe = {
  "privacy.dataLink": "Deine Kommentare abrufen oder löschen",
  "privacy.commentNote":
    "Gespeichert werden dein Name, deine E-Mail-Adresse (nie angezeigt), deine Website, der Text und der Zeitpunkt deines Kommentars; deine IP-Adresse nur zur Abwehr von Missbrauch und höchstens {days} Tage.",
  "guestData.title": "Meine Daten",
  "guestData.intro":
    "Du hast als Gast kommentiert? Gib die E-Mail-Adresse an, die du dabei angegeben hast. Wir schicken dir einen Link, mit dem du deine Kommentare herunterladen oder löschen kannst.",
  "guestData.email": "E-Mail-Adresse",
  "guestData.emailHint": "Die Adresse, die du beim Kommentieren angegeben hast.",
  "guestData.submit": "Link anfordern",
  "guestData.sent":
    "Danke. Wenn unter dieser Adresse Kommentare gespeichert sind, bekommst du gleich eine E-Mail mit einem Link. Er gilt {hours} Stunden.",
  "guestData.signedIn": "Mit einem Konto findest du deine Kommentare, ihren Export und die Löschung in deinem Konto.",
  "guestData.accountLink": "Zum Konto",
  "guestData.privacyPage": "Hinweise zum Datenschutz",
  "guestData.accessTitle": "Deine Kommentare",
  "guestData.accessIntro": "Unter {email} sind {count} Kommentare gespeichert. Dieser Link gilt bis {until}.",
  "guestData.exportTitle": "Herunterladen",
  "guestData.exportText":
    "Alle deine Kommentare mit Artikel, Adresse des Artikels, Datum, Name, Website und Text, als Datei.",
  "guestData.exportJson": "Als JSON herunterladen",
  "guestData.exportCsv": "Als CSV herunterladen",
  "guestData.deleteTitle": "Alle löschen",
  "guestData.deleteText":
    "Löscht alle deine Kommentare endgültig, auch solche, die noch auf Freischaltung warten. Antworten anderer bleiben stehen; dein Kommentar erscheint dort als „gelöscht“, ohne Namen. Der Link ist danach verbraucht.",
  "guestData.deleteConfirm": "Ja, alle {count} Kommentare endgültig löschen",
  "guestData.deleteSubmit": "Kommentare löschen",
  "guestData.deleted": "Deine Kommentare sind gelöscht.",
  "guestData.invalid": "Dieser Link ist abgelaufen oder wurde schon benutzt. Fordere bitte einen neuen an.",
  "guestData.requestAgain": "Neuen Link anfordern",
  "errors.guestDataLinkInvalid": "Dieser Link ist abgelaufen oder wurde schon benutzt. Fordere bitte einen neuen an.",
  "errors.guestDataConfirm": "Bitte bestätige, dass alle Kommentare gelöscht werden sollen.",
  "dash.settings.privacy": "Datenschutz",
  "dash.settings.addressRetention": "IP-Adressen löschen nach (Tagen)",
  "dash.settings.addressRetentionHint":
    "Adressen werden nur für die Schutzregeln gegen Missbrauch gespeichert (Anmeldeversuche, Kommentarflut) und nach dieser Frist stündlich gelöscht. {min} bis {max} Tage.",
  "dash.settings.savePrivacy": "Datenschutz speichern",
  "mail.guestData.subject": "Deine Kommentare bei {site}",
  "mail.guestData.intro":
    "du hast deine Kommentare bei {site} angefordert. Mit diesem Link kannst du sie herunterladen oder löschen:",
  "mail.guestData.button": "Meine Kommentare öffnen",
  "mail.guestData.outro":
    "Der Link gilt 24 Stunden; nach dem Löschen ist er verbraucht. Wenn du das nicht angefordert hast, kannst du diese E-Mail ignorieren.",
} satisfies Record<string, string>;
