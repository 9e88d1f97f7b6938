// What a guest's comment stores and where to read more (Art. 13 DSGVO: inform when collecting).
// Presentational: the comment form shows it with the texts the article page passes.
export type PrivacyNoteLink = { href: string; label: string };

export function PrivacyNote({ text, links }: { text: string; links: (PrivacyNoteLink | null | undefined)[] }) {
  const shown = links.filter((l): l is PrivacyNoteLink => Boolean(l));
  return (
    <p className="comment-form__hint comment-form__privacy">
      {text}
      {shown.map((link, i) => (
        <span key={link.href}>
          {text || i > 0 ? " " : null}
          <a href={link.href}>{link.label}</a>
        </span>
      ))}
    </p>
  );
}
