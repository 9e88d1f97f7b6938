import type { ArchiveMonth } from "@/server/articles/article-navigation";
import { archiveMonthPath, formatMonth } from "@/lib/format";
import { t } from "@/lib/i18n";

/** The sidebar's "Archiv": months with articles, newest first. */
export function ArchiveMonths({ months }: { months: ArchiveMonth[] }) {
  if (months.length === 0) return null;
  return (
    <nav className="archive-months" aria-labelledby="archive-months-heading">
      <h2 className="archive-months__heading" id="archive-months-heading">
        {t("archive.monthsHeading")}
      </h2>
      <ul>
        {months.map((m) => (
          <li key={`${m.year}-${m.month}`}>
            <a href={archiveMonthPath(m.year, m.month)}>
              {t("archive.monthLink", { month: formatMonth(m.year, m.month) })}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
