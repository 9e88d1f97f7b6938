import { t } from "@/lib/i18n";
import { pageHref } from "@/lib/pagination";

/** Threads run oldest first: the previous page holds older comments. */
export function CommentPagination({
  basePath,
  page,
  pageCount,
}: {
  basePath: string;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const href = (target: number) => pageHref(basePath, target, "comments", "#comments");
  return (
    <nav className="pagination pagination--comments" aria-label={t("comments.pagination")}>
      {page > 1 ? (
        <a className="pagination__link pagination__link--prev" href={href(page - 1)} rel="prev">
          <span aria-hidden="true">‹ </span>
          {t("comments.older")}
        </a>
      ) : (
        <span />
      )}
      <span className="pagination__status">{t("comments.pageStatus", { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <a className="pagination__link pagination__link--next" href={href(page + 1)} rel="next">
          {t("comments.newer")}
          <span aria-hidden="true"> ›</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
