import type { ArticleDetail } from "@/server/articles/articles";
import { CommentText } from "@/lib/comment-text";
import { t, tRich } from "@/lib/i18n";
import { profilePhotoSources } from "@/lib/profile-photo";
import { AuthorName } from "./author-name";

const PHOTO_SIZE = 64;

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
}

/** The author's signature under the article: photo (else initials), name (→ /author/<slug>) and bio. */
export function AuthorSignature({ author }: { author: ArticleDetail["author"] }) {
  const name = author.name ?? t("article.unknownAuthor");
  const photo = profilePhotoSources(author.photo, PHOTO_SIZE);
  return (
    <footer className="author-signature">
      {photo ? (
        // eslint-disable-next-line @next/next/no-img-element -- resized at upload; pages without scripts
        <img
          className="author-signature__photo"
          src={photo.src}
          srcSet={photo.srcSet}
          width={PHOTO_SIZE}
          height={PHOTO_SIZE}
          alt={t("author.photoAlt", { name })}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <span className="author-signature__avatar" aria-hidden="true">
          {initials(name)}
        </span>
      )}
      <div>
        <p className="author-signature__name">{tRich("article.signature", { name: <AuthorName author={author} /> })}</p>
        {author.bio && (
          <div className="author-signature__bio">
            <CommentText text={author.bio} />
          </div>
        )}
      </div>
    </footer>
  );
}
