import { t } from "@/lib/i18n";

/** `gone`: removed on purpose (410), e.g. an article in the trash. */
export function NotFoundMessage({ gone = false }: { gone?: boolean }) {
  return (
    <div className="not-found">
      <p className="kicker">{gone ? "410" : "404"}</p>
      <h1 className="page-title">{gone ? t("gone.heading") : t("notFound.heading")}</h1>
      <p>{gone ? t("gone.text") : t("notFound.text")}</p>
      <p>
        <a className="button" href="/">
          {t("notFound.home")}
        </a>
      </p>
    </div>
  );
}
