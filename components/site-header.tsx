import type { CategoryRef } from "@/server/articles/articles";
import { t } from "@/lib/i18n";
import type { MenuLink } from "@/server/site/menus";
import { CategoryNavLink } from "./category-nav-link";
import { MenuLinkItem } from "./menu-link";
import { SearchForm } from "./search-form";
import { UserMenu } from "./user-menu";

type Props = { siteName: string; categories: CategoryRef[]; links: MenuLink[] };

export function SiteHeader({ siteName, categories, links }: Props) {
  return (
    <header className="site-header">
      <div className="container site-header__bar">
        <a href="/" className="site-header__name">
          {siteName}
        </a>
        <SearchForm id="site-search" variant="header" />
        <div className="user-menu-slot">
          <UserMenu />
        </div>
      </div>
      {links.length > 0 ? (
        <nav className="category-nav" aria-label={t("site.mainNav")}>
          <ul className="container category-nav__list">
            {links.map((link) => (
              <li key={link.id}>
                <MenuLinkItem link={link} markCurrent />
              </li>
            ))}
          </ul>
        </nav>
      ) : categories.length > 0 ? (
        <nav className="category-nav" aria-label={t("site.categoryNav")}>
          <ul className="container category-nav__list">
            {categories.map((category) => (
              <li key={category.slug}>
                <CategoryNavLink href={`/category/${category.slug}`}>{category.name}</CategoryNavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
