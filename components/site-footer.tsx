import type { CategoryRef } from "@/server/articles/articles";
import { t } from "@/lib/i18n";
import type { MenuLink } from "@/server/site/menus";
import { MenuLinkItem } from "./menu-link";

export function SiteFooter({
  siteName,
  categories,
  links,
  year,
}: {
  siteName: string;
  categories: CategoryRef[];
  links: MenuLink[];
  year: string;
}) {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div className="site-footer__about">
          <p className="site-footer__name">{siteName}</p>
          <p>{t("site.footerText", { siteName })}</p>
          <p className="site-footer__copyright">{t("site.copyright", { year, siteName })}</p>
        </div>
        {categories.length > 0 && (
          <nav className="site-footer__nav" aria-label={t("site.footerNav")}>
            <ul>
              {categories.map((category) => (
                <li key={category.slug}>
                  <a href={`/category/${category.slug}`}>{category.name}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {links.length > 0 && (
          <nav className="site-footer__nav site-footer__links" aria-label={t("site.footerLinks")}>
            <ul>
              {links.map((link) => (
                <li key={link.id}>
                  <MenuLinkItem link={link} />
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </footer>
  );
}
