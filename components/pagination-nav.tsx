import { t } from "@/lib/i18n";
import { pageHref, type Paged } from "@/lib/pagination";

type Props = {
  list: Paged<unknown>;
  basePath: string;
  /** For listings whose URL carries more than `?page=` (search). */
  hrefFor?: (page: number) => string;
  status?: string;
  labels?: { previous: string; next: string };
};

/** Newest first: the previous page holds newer articles, the next page older ones. */
export function PaginationNav({ list, basePath, hrefFor, status, labels }: Props) {
  if (!list.hasPrevious && !list.hasNext) return null;
  const href = hrefFor ?? ((page: number) => pageHref(basePath, page));
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {list.hasPrevious ? (
        <a className="pagination__link pagination__link--prev" href={href(list.page - 1)} rel="prev">
          <span aria-hidden="true">‹ </span>
          {labels?.previous ?? t("pagination.newer")}
        </a>
      ) : (
        <span />
      )}
      <span className="pagination__status">{status ?? t("pagination.status", { page: list.page })}</span>
      {list.hasNext ? (
        <a className="pagination__link pagination__link--next" href={href(list.page + 1)} rel="next">
          {labels?.next ?? t("pagination.older")}
          <span aria-hidden="true"> ›</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
