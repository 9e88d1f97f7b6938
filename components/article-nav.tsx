import type { ArticleLink } from "@/server/articles/article-navigation";
import { t } from "@/lib/i18n";

/** Links to the previous (older) and next (newer) article by publication date. */
export function ArticleNav({ previous, next }: { previous: ArticleLink | null; next: ArticleLink | null }) {
  if (!previous && !next) return null;
  return (
    <nav className="article-nav" aria-label={t("article.moreNav")}>
      <div className="article-nav__previous">
        {previous && (
          <a href={`/posts/${previous.slug}`} rel="prev">
            <span className="article-nav__label">
              <span aria-hidden="true">‹ </span>
              {t("article.previous")}
            </span>
            {previous.title}
          </a>
        )}
      </div>
      <div className="article-nav__next">
        {next && (
          <a href={`/posts/${next.slug}`} rel="next">
            <span className="article-nav__label">
              {t("article.next")}
              <span aria-hidden="true"> ›</span>
            </span>
            {next.title}
          </a>
        )}
      </div>
    </nav>
  );
}
