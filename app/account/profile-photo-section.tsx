import styles from "@/components/auth/forms.module.css";
import { FormMessage } from "@/components/auth/field";
import { t, type TextKey } from "@/lib/i18n";
import { profilePhotoSources } from "@/lib/profile-photo";

const PREVIEW_SIZE = 128;
// What /account/photo may send back in ?photoError= (anything else: the generic failure).
const ERROR_KEYS = new Set<TextKey>([
  "media.errors.missing",
  "media.errors.tooLarge",
  "media.errors.type",
  "media.errors.mismatch",
  "errors.forbidden",
]);

/**
 * An author's photo: plain multipart forms posting to /account/photo, which redirects back
 * here with the outcome in the query (the upload is a route handler: photos exceed the 2 MB
 * limit of server actions), so it works without JavaScript.
 */
export function ProfilePhotoSection({
  photo,
  name,
  saved,
  error,
}: {
  photo: string | null;
  name: string;
  saved?: string;
  error?: string;
}) {
  const sources = profilePhotoSources(photo, PREVIEW_SIZE);
  const message = error
    ? t(ERROR_KEYS.has(error as TextKey) ? (error as TextKey) : "media.errors.failed")
    : saved === "saved"
      ? t("account.photoSaved")
      : saved === "removed"
        ? t("account.photoRemoved")
        : undefined;
  return (
    <section className={styles.section} aria-labelledby="photo-title">
      <h2 id="photo-title">{t("account.photoTitle")}</h2>
      <FormMessage message={message} ok={!error} />
      {sources ? (
        // eslint-disable-next-line @next/next/no-img-element -- the stored square variant, shown as is
        <img
          className="account-photo"
          src={sources.src}
          srcSet={sources.srcSet}
          width={PREVIEW_SIZE}
          height={PREVIEW_SIZE}
          alt={t("author.photoAlt", { name })}
        />
      ) : (
        <p>{t("account.noPhoto")}</p>
      )}
      <form method="post" action="/account/photo" encType="multipart/form-data" className={styles.form}>
        <div className={styles.field}>
          <label htmlFor="account-photo">{t("account.photoFile")}</label>
          <input
            id="account-photo"
            type="file"
            name="photo"
            accept="image/jpeg,image/png,image/webp,image/avif"
            required
            aria-describedby="account-photo-hint"
          />
          <p id="account-photo-hint" className={styles.hint}>
            {t("account.photoHint")}
          </p>
        </div>
        <button type="submit" className={styles.button}>
          {t("account.photoUpload")}
        </button>
      </form>
      {sources && (
        <form method="post" action="/account/photo" encType="multipart/form-data" className={styles.form}>
          <input type="hidden" name="remove" value="1" />
          <button type="submit" className={styles.secondary}>
            {t("account.photoRemove")}
          </button>
        </form>
      )}
    </section>
  );
}
