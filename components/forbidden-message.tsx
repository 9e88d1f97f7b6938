import type { Metadata } from "next";
import { t } from "@/lib/i18n";

export function forbiddenMetadata(): Metadata {
  return { title: t("forbidden.title"), robots: { index: false } };
}

/** The 403 page's content; the frame around it is the layout of the segment that refused. */
export function ForbiddenMessage() {
  return (
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
  );
}
