import type { ArticleDetail } from "@/server/articles/articles";
import { formatDateTime } from "@/lib/format";
import { t, tp } from "@/lib/i18n";
import { readingMinutes } from "@/lib/reading-time";

/** Title, then category, publication date and time, reading time and the comment count (→ #comments). */
export function ArticleHeader({ article }: { article: ArticleDetail }) {
  return (
    <header className="article__header">
      <h1 className="article__title">{article.title}</h1>
      <p className="meta article__meta">
        <a className="article__category" href={`/category/${article.category.slug}`}>
          {article.category.name}
        </a>
        <time className="article__date" dateTime={article.publishedAt.toISOString()}>
          {formatDateTime(article.publishedAt)}
        </time>
        <span className="article__reading-time">
          {t("article.readingTime", { minutes: readingMinutes(article.body) })}
        </span>
        <a className="article__comment-count" href="#comments">
          {tp("comments.count", article.approvedCommentCount)}
        </a>
      </p>
      {article.coverImage ? (
        // The title above says what the article is about: the cover is decorative (alt="").
        // eslint-disable-next-line @next/next/no-img-element
        <img className="article__cover" src={article.coverImage} alt="" />
      ) : null}
    </header>
  );
}
