import { t } from "@/lib/i18n";

export function NotFoundMessage() {
  return (
    <div className="not-found">
      <p className="kicker">404</p>
      <h1 className="page-title">{t("notFound.heading")}</h1>
      <p>{t("notFound.text")}</p>
      <p>
        <a className="button" href="/">
          {t("notFound.home")}
        </a>
      </p>
    </div>
  );
}
