import type { Metadata } from "next";
import { authMessages } from "@/lib/i18n/auth";

export function forbiddenMetadata(): Metadata {
  return { title: authMessages().forbidden.title, robots: { index: false } };
}

/** The 403 page's content; the frame around it is the layout of the segment that refused. */
export function ForbiddenMessage() {
  const t = authMessages().forbidden;
  return (
    <div className="not-found">
      <p className="kicker">403</p>
      <h1 className="page-title">{t.title}</h1>
      <p>{t.text}</p>
      <p>
        <a className="button" href="/">
          {t.home}
        </a>
      </p>
    </div>
  );
}
