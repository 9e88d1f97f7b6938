import { commentsHref, type CommentOrder } from "@/lib/comment-order";
import { t } from "@/lib/i18n";

/** Threads run oldest first by default: the previous page holds older comments (other orders: previous, next). */
export function CommentPagination({
  basePath,
  page,
  pageCount,
  order,
}: {
  basePath: string;
  page: number;
  pageCount: number;
  order: CommentOrder;
}) {
  if (pageCount <= 1) return null;
  const href = (target: number) => commentsHref(basePath, target, order, "#comments");
  return (
    <nav className="pagination pagination--comments" aria-label={t("comments.pagination")}>
      {page > 1 ? (
        <a className="pagination__link pagination__link--prev" href={href(page - 1)} rel="prev">
          <span aria-hidden="true">‹ </span>
          {t(order === "oldest" ? "comments.older" : "comments.previousPage")}
        </a>
      ) : (
        <span />
      )}
      <span className="pagination__status">{t("comments.pageStatus", { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <a className="pagination__link pagination__link--next" href={href(page + 1)} rel="next">
          {t(order === "oldest" ? "comments.newer" : "comments.nextPage")}
          <span aria-hidden="true"> ›</span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
