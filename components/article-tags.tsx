import type { TagRef } from "@/server/articles/articles";
import { t } from "@/lib/i18n";

export function ArticleTags({ tags }: { tags: TagRef[] }) {
  if (tags.length === 0) return null;
  return (
    <div className="article__tags">
      <span className="article__tags-label">{t("article.tags")}</span>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={`/tag/${tag.slug}`}>{tag.name}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
