import type { ReactNode } from "react";
import { t } from "@/lib/i18n";

type Props = { slug: string; title: string; commentsOpen: boolean; form?: ReactNode };

/**
 * The area under the comments (#respond). `form` is where the comment form goes once it
 * exists; until then readers get a sign-in link that brings them back here.
 */
export function RespondSection({ slug, title, commentsOpen, form }: Props) {
  if (!commentsOpen) {
    return (
      <section id="respond" className="respond respond--closed">
        <p>{t("respond.closed")}</p>
      </section>
    );
  }
  // Only the fragment's "#" is encoded: the callback must come back to this anchor.
  const signInHref = `/signin?callbackUrl=/posts/${encodeURIComponent(slug)}%23respond`;
  return (
    <section id="respond" className="respond" aria-labelledby="respond-heading">
      <h2 id="respond-heading" className="respond__heading">
        {t("respond.heading", { title })}
      </h2>
      {form ?? (
        <>
          <p>{t("respond.signInHint")}</p>
          <p>
            <a className="button" href={signInHref}>
              {t("respond.signIn")}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
