import Link from "next/link";
import { t } from "@/lib/i18n";
import { pageHref, type Paged } from "@/lib/pagination";

/** Newest first: the previous page holds newer articles, the next page older ones. */
export function PaginationNav({ list, basePath }: { list: Paged<unknown>; basePath: string }) {
  if (!list.hasPrevious && !list.hasNext) return null;
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {list.hasPrevious ? (
        <Link className="pagination__link pagination__link--prev" href={pageHref(basePath, list.page - 1)} rel="prev">
          <span aria-hidden="true">‹ </span>
          {t("pagination.newer")}
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__status">{t("pagination.status", { page: list.page })}</span>
      {list.hasNext ? (
        <Link className="pagination__link pagination__link--next" href={pageHref(basePath, list.page + 1)} rel="next">
          {t("pagination.older")}
          <span aria-hidden="true"> ›</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
