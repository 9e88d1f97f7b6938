import type { ArticleSummary } from "@/server/articles/articles";
import { formatDate } from "@/lib/format";
import { t } from "@/lib/i18n";

export function RelatedArticles({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 className="related__heading" id="related-heading">
        {t("article.related")}
      </h2>
      <ul className="related__list">
        {articles.map((article) => (
          <li key={article.id}>
            <a href={`/posts/${article.slug}`}>{article.title}</a>
            <span className="related__meta">
              {article.category.name} ·{" "}
              <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
