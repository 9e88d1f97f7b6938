import type { ReactNode } from "react";
import type { CategoryRef } from "@/server/articles/articles";
import type { MenuLink } from "@/server/site/menus";
import { t } from "@/lib/i18n";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

type Props = {
  siteName: string;
  categories: CategoryRef[];
  /** The dashboard's menus; an empty header menu shows the categories instead. */
  menus?: { header: MenuLink[]; footer: MenuLink[] };
  year: string;
  sidebar?: ReactNode;
  children: ReactNode;
};

/** The reader page frame: skip link, header, content column (+ sidebar), footer. */
export function SiteFrame({ siteName, categories, menus, year, sidebar, children }: Props) {
  return (
    <>
      <a className="skip-link" href="#main">
        {t("site.skipLink")}
      </a>
      <SiteHeader siteName={siteName} categories={categories} links={menus?.header ?? []} />
      <div className={sidebar ? "container site-body" : "container site-body site-body--single"}>
        {/* tabIndex lets the skip link move keyboard focus, not only the scroll position. */}
        <main id="main" className="site-main" tabIndex={-1}>
          {children}
        </main>
        {sidebar}
      </div>
      <SiteFooter siteName={siteName} categories={categories} links={menus?.footer ?? []} year={year} />
    </>
  );
}
