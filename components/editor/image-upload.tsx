"use client";
import { useState } from "react";
import styles from "@/components/auth/forms.module.css";
import editor from "./editor.module.css";
import { sendImage } from "./send-image";

export type UploadNotice = { ok: boolean; text: string; snippet?: string };

type Props = {
  texts: Record<string, string>;
  returnTo: string;
  notice?: UploadNotice;
  onInline: (markdown: string) => void;
  onCover: (url: string) => void;
};

/**
 * Uploads an image to /dashboard/media/upload. Its own form beside the editor's (forms cannot nest):
 * without JavaScript it posts and comes back to the editor with the result in the URL.
 */
export function ImageUpload({ texts, returnTo, notice: initialNotice, onInline, onCover }: Props) {
  const [notice, setNotice] = useState<UploadNotice | undefined>(initialNotice);
  const [busy, setBusy] = useState(false);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setBusy(true);
    setNotice(undefined);
    try {
      const answer = await sendImage(data, texts["media.errors.failed"]);
      if (!answer.ok) {
        setNotice({ ok: false, text: answer.error });
        return;
      }
      if (answer.purpose === "cover") {
        onCover(answer.url);
        setNotice({ ok: true, text: texts["media.coverSet"], snippet: answer.url });
      } else {
        onInline(answer.markdown);
        setNotice({ ok: true, text: texts["media.inserted"], snippet: answer.markdown });
      }
      form.reset();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      action="/dashboard/media/upload"
      method="post"
      encType="multipart/form-data"
      onSubmit={upload}
      className={`${styles.form} ${editor.upload}`}
      aria-labelledby="media-heading"
    >
      <h2 id="media-heading">{texts["media.heading"]}</h2>
      <input type="hidden" name="returnTo" value={returnTo} />
      <div className={styles.field}>
        <label htmlFor="media-file">{texts["media.file"]}</label>
        <input id="media-file" type="file" name="file" accept="image/jpeg,image/png,image/webp,image/avif" required />
      </div>
      <div className={styles.field}>
        <label htmlFor="media-alt">{texts["media.alt"]}</label>
        <input id="media-alt" name="alt" maxLength={300} aria-describedby="media-alt-hint" />
        <p id="media-alt-hint" className={styles.hint}>
          {texts["media.altHint"]}
        </p>
      </div>
      <fieldset className={styles.fieldset}>
        <legend>{texts["media.purpose"]}</legend>
        <label>
          <input type="radio" name="purpose" value="inline" defaultChecked /> {texts["media.purposeInline"]}
        </label>
        <label>
          <input type="radio" name="purpose" value="cover" /> {texts["media.purposeCover"]}
        </label>
      </fieldset>
      <button type="submit" className={styles.secondary} disabled={busy} aria-disabled={busy}>
        {busy ? texts["media.uploading"] : texts["media.upload"]}
      </button>
      <div
        id="media-result"
        role={notice && !notice.ok ? "alert" : "status"}
        aria-live="polite"
        className={notice?.ok ? styles.success : styles.formError}
      >
        {notice ? (
          <>
            <p>{notice.text}</p>
            {notice.snippet ? <code className={editor.snippet}>{notice.snippet}</code> : null}
          </>
        ) : null}
      </div>
      <noscript>
        <p className={styles.hint}>{texts["media.noScript"]}</p>
      </noscript>
    </form>
  );
}
