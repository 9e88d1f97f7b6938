import type { ReactNode } from "react";

/** Heading of an archive page: a small kicker ("Kategorie"), the name as <h1>, an intro. */
export function ArchiveHeader({ kicker, title, children }: { kicker: string; title: string; children?: ReactNode }) {
  return (
    <header className="archive-header">
      <p className="kicker">{kicker}</p>
      <h1 className="page-title">{title}</h1>
      {children}
    </header>
  );
}
