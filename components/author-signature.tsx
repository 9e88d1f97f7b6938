import type { ArticleDetail } from "@/server/articles/articles";
import { t, tRich } from "@/lib/i18n";
import { AuthorName } from "./author-name";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
}

/** The author's signature under the article: name (→ /author/<slug>) and bio. */
export function AuthorSignature({ author }: { author: ArticleDetail["author"] }) {
  const name = author.name ?? t("article.unknownAuthor");
  return (
    <footer className="author-signature">
      <span className="author-signature__avatar" aria-hidden="true">
        {initials(name)}
      </span>
      <div>
        <p className="author-signature__name">{tRich("article.signature", { name: <AuthorName author={author} /> })}</p>
        {author.bio && <p className="author-signature__bio">{author.bio}</p>}
      </div>
    </footer>
  );
}
