import type { SponsorDto } from "@/server/site/sponsors";
import { t } from "@/lib/i18n";

type Variant = "header" | "sidebar" | "below_article";

/**
 * Sponsor banners, labelled "Anzeige" as German law asks of paid placements. Titles are not
 * headings on purpose: ads stay out of the page outline.
 */
export function SponsorList({ sponsors, variant }: { sponsors: SponsorDto[]; variant: Variant }) {
  if (sponsors.length === 0) return null;
  return (
    <div className={`sponsors sponsors--${variant.replace("_", "-")}`}>
      <p className="sponsors__label">{t("sponsors.label")}</p>
      <ul className="sponsors__list">
        {sponsors.map((sponsor) => {
          const titleId = `sponsor-${variant}-${sponsor.id}`;
          return (
            <li key={sponsor.id} className="sponsor">
              {sponsor.imageUrl ? (
                <a
                  href={sponsor.url}
                  rel="sponsored noopener"
                  tabIndex={-1}
                  aria-hidden="true"
                  className="sponsor__image-link"
                >
                  {/* The title next to it says what it is: the image itself is decorative. */}
                  {/* eslint-disable-next-line @next/next/no-img-element */}
                  <img className="sponsor__image" src={sponsor.imageUrl} alt="" loading="lazy" />
                </a>
              ) : null}
              <p className="sponsor__title" id={titleId}>
                {sponsor.title}
              </p>
              {sponsor.text && <p className="sponsor__text">{sponsor.text}</p>}
              {/* The link says "Mehr erfahren"; aria-describedby tells screen readers about what. */}
              <a className="sponsor__link" href={sponsor.url} rel="sponsored noopener" aria-describedby={titleId}>
                {t("sponsors.more")}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
