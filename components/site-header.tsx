import type { CategoryRef } from "@/server/articles/articles";
import { t } from "@/lib/i18n";
import { CategoryNavLink } from "./category-nav-link";
import { SearchForm } from "./search-form";
import { UserMenu } from "./user-menu";

export function SiteHeader({ siteName, categories }: { siteName: string; categories: CategoryRef[] }) {
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
      {categories.length > 0 && (
        <nav className="category-nav" aria-label={t("site.categoryNav")}>
          <ul className="container category-nav__list">
            {categories.map((category) => (
              <li key={category.slug}>
                <CategoryNavLink href={`/category/${category.slug}`}>{category.name}</CategoryNavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
