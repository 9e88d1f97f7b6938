import type { CategoryRef } from "@/server/articles/articles";
import { t } from "@/lib/i18n";

export function SiteFooter({
  siteName,
  categories,
  year,
}: {
  siteName: string;
  categories: CategoryRef[];
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
      </div>
    </footer>
  );
}
