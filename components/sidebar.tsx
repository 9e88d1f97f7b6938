import type { ArchiveMonth } from "@/server/articles/article-navigation";
import type { SponsorDto } from "@/server/site/sponsors";
import { t } from "@/lib/i18n";
import { ArchiveMonths } from "./archive-months";
import { SponsorList } from "./sponsor-list";
import { env } from "@/lib/env";

export function Sidebar({ sponsors, archiveMonths = [] }: { sponsors: SponsorDto[]; archiveMonths?: ArchiveMonth[] }) {
  return (
    <aside className="sidebar" aria-label={t("site.sidebar")}>
      <SponsorList sponsors={sponsors} variant="sidebar" />
      <div className="cta-box">
        <h2 className="cta-box__heading">{t("cta.heading")}</h2>
        <p>{t("cta.text", { siteName: env().SITE_NAME })}</p>
        <p>
          <a className="button" href={`mailto:${env().SITE_CONTACT_EMAIL}`}>
            {t("cta.link")}
          </a>
        </p>
      </div>
      <ArchiveMonths months={archiveMonths} />
    </aside>
  );
}
