import type { ArchiveMonth } from "@/server/articles/article-navigation";
import type { SponsorDto } from "@/server/site/sponsors";
import { t } from "@/lib/i18n";
import { getContactEmail, getSiteName } from "@/lib/site";
import { ArchiveMonths } from "./archive-months";
import { SponsorList } from "./sponsor-list";

export function Sidebar({ sponsors, archiveMonths = [] }: { sponsors: SponsorDto[]; archiveMonths?: ArchiveMonth[] }) {
  return (
    <aside className="sidebar" aria-label={t("site.sidebar")}>
      <SponsorList sponsors={sponsors} variant="sidebar" />
      <div className="cta-box">
        <h2 className="cta-box__heading">{t("cta.heading")}</h2>
        <p>{t("cta.text", { siteName: getSiteName() })}</p>
        <p>
          <a className="button" href={`mailto:${getContactEmail()}`}>
            {t("cta.link")}
          </a>
        </p>
      </div>
      <ArchiveMonths months={archiveMonths} />
    </aside>
  );
}
