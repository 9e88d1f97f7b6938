import type { AuthorRef } from "@/server/articles/articles";
import { t } from "@/lib/i18n";

/** The author's name, linked to their archive when they have a public slug. */
export function AuthorName({ author }: { author: AuthorRef }) {
  const name = author.name ?? t("article.unknownAuthor");
  return author.slug ? <a href={`/author/${author.slug}`}>{name}</a> : <>{name}</>;
}
