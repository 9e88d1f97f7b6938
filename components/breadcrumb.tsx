import { t } from "@/lib/i18n";

export type Crumb = { label: string; href?: string };

/**
 * "Sie befinden sich hier: Startseite › Internet › Titel". The separators are real text
 * (hidden from screen readers, which announce the list instead), so the visible trail also
 * reads right when copied or styles fail.
 */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav className="breadcrumb" aria-label={t("breadcrumb.label")}>
      <span className="breadcrumb__intro">{t("breadcrumb.intro")} </span>
      <ol>
        {items.map((item, index) => {
          const last = index === items.length - 1;
          return (
            <li key={index}>
              {last || !item.href ? (
                <span aria-current={last ? "page" : undefined}>{item.label}</span>
              ) : (
                <a href={item.href}>{item.label}</a>
              )}
              {!last && (
                <span className="breadcrumb__separator" aria-hidden="true">
                  {" › "}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
