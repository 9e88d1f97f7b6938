import type { Metadata } from "next";
import { SitePageFrame } from "@/components/auth/site-page-frame";
import { t } from "@/lib/i18n";

export function generateMetadata(): Metadata {
  return { title: t("forbidden.title"), robots: { index: false } };
}

// Rendered with HTTP 403 by forbidden() (server/accounts/session.ts guardPage), inside the site's frame.
export default function Forbidden() {
  return (
    <SitePageFrame>
      <div className="not-found">
        <p className="kicker">403</p>
        <h1 className="page-title">{t("forbidden.title")}</h1>
        <p>{t("forbidden.text")}</p>
        <p>
          <a className="button" href="/">
            {t("forbidden.home")}
          </a>
        </p>
      </div>
    </SitePageFrame>
  );
}
