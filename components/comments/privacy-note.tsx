// What a guest's comment stores and where to read more (Art. 13 DSGVO: inform when collecting).
// Presentational: the page passes the texts, e.g.
//   <PrivacyNote text={t("privacy.commentNote", { days })} links={[privacy, { href: "/meine-daten", label: t("privacy.dataLink") }]} />
// with `days` from getPrivacySettings() (server/site/privacy-settings.ts).
export type PrivacyNoteLink = { href: string; label: string };

export function PrivacyNote({ text, links }: { text: string; links: (PrivacyNoteLink | null | undefined)[] }) {
  const shown = links.filter((l): l is PrivacyNoteLink => Boolean(l));
  return (
    <p className="comment-form__hint comment-form__privacy">
      {text}
      {shown.map((link) => (
        <span key={link.href}>
          {" "}
          <a href={link.href}>{link.label}</a>
        </span>
      ))}
    </p>
  );
}
