import Link from "next/link";
import type { CategoryRef } from "@/server/articles";
import { t } from "@/lib/i18n";
import { UserMenu } from "./user-menu";

export function SiteHeader({ siteName, categories }: { siteName: string; categories: CategoryRef[] }) {
  return (
    <header className="site-header">
      <div className="container site-header__bar">
        <Link href="/" className="site-header__name">
          {siteName}
        </Link>
        <div className="user-menu-slot">
          <UserMenu />
        </div>
      </div>
      {categories.length > 0 && (
        <nav className="category-nav" aria-label={t("site.categoryNav")}>
          <ul className="container category-nav__list">
            {categories.map((category) => (
              <li key={category.slug}>
                <Link href={`/category/${category.slug}`}>{category.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
