import type { ArticleSummary } from "@/server/articles/articles";
import type { Paged } from "@/lib/pagination";
import { ArticleTeaser } from "./article-teaser";
import { PaginationNav } from "./pagination-nav";

export function ArticleList({
  list,
  basePath,
  emptyText,
}: {
  list: Paged<ArticleSummary>;
  basePath: string;
  emptyText: string;
}) {
  return (
    <>
      {list.items.length === 0 ? (
        <p className="empty-state">{emptyText}</p>
      ) : (
        <div className="teaser-list">
          {list.items.map((article) => (
            <ArticleTeaser key={article.id} article={article} />
          ))}
        </div>
      )}
      <PaginationNav list={list} basePath={basePath} />
    </>
  );
}
