import type { Metadata } from "next";
import { SitePageFrame } from "@/components/auth/site-page-frame";
import { authMessages } from "@/lib/i18n/auth";

export function generateMetadata(): Metadata {
  return { title: authMessages().forbidden.title, robots: { index: false } };
}

// Rendered with HTTP 403 by forbidden() (server/accounts/session.ts guardPage), inside the site's frame.
export default function Forbidden() {
  const t = authMessages().forbidden;
  return (
    <SitePageFrame>
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
    </SitePageFrame>
  );
}
