import type { privacyDe } from "./privacy-de";

export const privacyEn: Record<keyof typeof privacyDe, string> = {
  "privacy.dataLink": "Get or delete your comments",
  "privacy.commentNote":
    "We store your name, your email address (never shown), your website, the text and the time of your comment; your IP address only to fight abuse and for at most {days} days.",
  "guestData.title": "My data",
  "guestData.intro":
    "Did you comment as a guest? Enter the email address you gave. We will send you a link to download or delete your comments.",
  "guestData.email": "Email address",
  "guestData.emailHint": "The address you gave when commenting.",
  "guestData.submit": "Send me a link",
  "guestData.sent":
    "Thank you. If comments are stored under this address, you will shortly get an email with a link. It is valid for {hours} hours.",
  "guestData.signedIn": "With an account, your comments, their export and their deletion are in your account.",
  "guestData.accountLink": "Go to your account",
  "guestData.privacyPage": "Privacy notice",
  "guestData.accessTitle": "Your comments",
  "guestData.accessIntro": "{count} comments are stored under {email}. This link is valid until {until}.",
  "guestData.exportTitle": "Download",
  "guestData.exportText":
    "All your comments with article, the article's address, date, name, website and text, as a file.",
  "guestData.exportJson": "Download as JSON",
  "guestData.exportCsv": "Download as CSV",
  "guestData.deleteTitle": "Delete all",
  "guestData.deleteText":
    "Deletes all your comments for good, also those still waiting for approval. Replies by others stay; your comment shows there as “deleted”, without a name. The link is used up afterwards.",
  "guestData.deleteConfirm": "Yes, delete all {count} comments for good",
  "guestData.deleteSubmit": "Delete comments",
  "guestData.deleted": "Your comments have been deleted.",
  "guestData.invalid": "This link has expired or was used already. Please ask for a new one.",
  "guestData.requestAgain": "Ask for a new link",
  "errors.guestDataLinkInvalid": "This link has expired or was used already. Please ask for a new one.",
  "errors.guestDataConfirm": "Please confirm that all comments are to be deleted.",
  "dash.settings.privacy": "Privacy",
  "dash.settings.addressRetention": "Delete IP addresses after (days)",
  "dash.settings.addressRetentionHint":
    "Addresses are stored only for the abuse rules (sign-in attempts, comment floods) and deleted hourly after this period. {min} to {max} days.",
  "dash.settings.savePrivacy": "Save privacy settings",
  "mail.guestData.subject": "Your comments at {site}",
  "mail.guestData.intro": "you asked for your comments at {site}. Use this link to download or delete them:",
  "mail.guestData.button": "Open my comments",
  "mail.guestData.outro":
    "The link is valid for 24 hours; deleting uses it up. If you did not ask for it, you can ignore this email.",
};
