import type { SearchHit as Hit } from "@/server/discovery/search";
import { formatDate } from "@/lib/format";
import { tRich } from "@/lib/i18n";
import { splitHighlights } from "@/lib/search-query";
import { AuthorName } from "./author-name";

/**
 * Text from ts_headline with its private-use markers turned into <mark> elements. Every part
 * is a React text node, so whatever the article contains is escaped by React.
 */
function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitHighlights(text).map((part, index) =>
        part.highlighted ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );
}

export function SearchHit({ hit }: { hit: Hit }) {
  const href = `/posts/${hit.slug}`;
  return (
    <article className="teaser search-hit">
      <p className="teaser__category">
        <a href={`/category/${hit.category.slug}`}>{hit.category.name}</a>
      </p>
      <h2 className="teaser__title search-hit__title">
        <a href={href}>
          <Highlighted text={hit.titleHighlight} />
        </a>
      </h2>
      <p className="meta teaser__meta">
        <time dateTime={hit.publishedAt.toISOString()}>{formatDate(hit.publishedAt)}</time>
        <span>{tRich("article.by", { name: <AuthorName author={hit.author} /> })}</span>
      </p>
      <p className="teaser__excerpt search-hit__snippet">
        <Highlighted text={hit.snippet} />
      </p>
    </article>
  );
}
