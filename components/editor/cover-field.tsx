"use client";
import styles from "@/components/auth/forms.module.css";
import type { UploadNotice } from "./image-upload";
import editor from "./editor.module.css";

const FORM_ID = "cover-upload";

type FieldProps = {
  texts: Record<string, string>;
  defaultValue: string;
  inputRef: React.Ref<HTMLInputElement>;
  errors?: string[];
  describedBy?: string;
  busy: boolean;
  notice?: UploadNotice;
};

/**
 * The cover image's address, with a file picker and button of its own right beside it: they
 * belong to the separate upload form below the editor (the HTML `form` attribute), so a cover is
 * uploaded where it is chosen, without scrolling to the upload box, and without JavaScript too.
 */
export function CoverField({ texts, defaultValue, inputRef, errors, describedBy, busy, notice }: FieldProps) {
  return (
    <div className={styles.field}>
      <label htmlFor="article-cover">{texts["editor.cover"]}</label>
      <input
        id="article-cover"
        name="coverImage"
        ref={inputRef}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
      />
      <p id="article-coverImage-hint" className={styles.hint}>
        {texts["editor.coverHint"]}
      </p>
      <div id="article-coverImage-error" className={styles.error} aria-live="polite">
        {errors?.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
      <div className={editor.coverUpload}>
        <label htmlFor="cover-file">{texts["editor.coverFile"]}</label>
        <input
          id="cover-file"
          type="file"
          name="file"
          form={FORM_ID}
          accept="image/jpeg,image/png,image/webp,image/avif"
          required
        />
        <button type="submit" form={FORM_ID} className={styles.secondary} disabled={busy} aria-disabled={busy}>
          {busy ? texts["media.uploading"] : texts["editor.coverUpload"]}
        </button>
      </div>
      <div
        id="cover-result"
        role={notice && !notice.ok ? "alert" : "status"}
        aria-live="polite"
        className={notice?.ok ? styles.success : styles.formError}
      >
        {notice ? <p>{notice.text}</p> : null}
      </div>
    </div>
  );
}

/** The cover upload's own form (forms cannot nest): hidden fields only, its inputs sit in CoverField. */
export function CoverUploadForm({
  returnTo,
  onSubmit,
}: {
  returnTo: string;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <form
      id={FORM_ID}
      action="/dashboard/media/upload"
      method="post"
      encType="multipart/form-data"
      onSubmit={onSubmit}
      hidden
    >
      <input type="hidden" name="returnTo" value={returnTo} />
      <input type="hidden" name="purpose" value="cover" />
    </form>
  );
}
