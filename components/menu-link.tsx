import { t } from "@/lib/i18n";
import type { MenuLink } from "@/server/site/menus";
import { CategoryNavLink } from "./category-nav-link";

/** A menu entry; an external one says so (arrow for the eye, text for screen readers). */
export function MenuLinkItem({ link, markCurrent = false }: { link: MenuLink; markCurrent?: boolean }) {
  if (link.external)
    return (
      <a href={link.href} className="menu-link--external" rel="noopener noreferrer">
        {link.label}
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> {t("menu.external")}</span>
      </a>
    );
  return markCurrent ? (
    <CategoryNavLink href={link.href}>{link.label}</CategoryNavLink>
  ) : (
    <a href={link.href}>{link.label}</a>
  );
}
