import Link from "next/link";
import type { ArticleSummary } from "@/server/articles";
import { formatDate } from "@/lib/format";
import { tp, tRich } from "@/lib/i18n";
import { AuthorName } from "./author-name";

export function ArticleTeaser({ article }: { article: ArticleSummary }) {
  const href = `/posts/${article.slug}`;
  return (
    <article className="teaser">
      <p className="teaser__category">
        <Link href={`/category/${article.category.slug}`}>{article.category.name}</Link>
      </p>
      <h2 className="teaser__title">
        <Link href={href}>{article.title}</Link>
      </h2>
      <p className="meta teaser__meta">
        <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
        <span>{tRich("article.by", { name: <AuthorName author={article.author} /> })}</span>
        <Link href={`${href}#comments`}>{tp("comments.count", article.approvedCommentCount)}</Link>
      </p>
      {article.excerpt && <p className="teaser__excerpt">{article.excerpt}</p>}
    </article>
  );
}
