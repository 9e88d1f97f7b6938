import type { ArticleSummary } from "@/server/articles/articles";
import { formatDate } from "@/lib/format";
import { tp, tRich } from "@/lib/i18n";
import { AuthorName } from "./author-name";

export function ArticleTeaser({ article }: { article: ArticleSummary }) {
  const href = `/posts/${article.slug}`;
  return (
    <article className="teaser">
      <p className="teaser__category">
        <a href={`/category/${article.category.slug}`}>{article.category.name}</a>
      </p>
      <h2 className="teaser__title">
        <a href={href}>{article.title}</a>
      </h2>
      <p className="meta teaser__meta">
        <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
        <span>{tRich("article.by", { name: <AuthorName author={article.author} /> })}</span>
        <a href={`${href}#comments`}>{tp("comments.count", article.approvedCommentCount)}</a>
      </p>
      {article.excerpt && <p className="teaser__excerpt">{article.excerpt}</p>}
    </article>
  );
}
