"use client";
import { startTransition, useActionState, useRef, useState } from "react";
import { TITLE_MAX_LENGTH } from "@/lib/limits";
import { SLUG_MAX_LENGTH } from "@/lib/slug";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import type { FormState } from "@/lib/form-state";
import { CoverField, CoverUploadForm } from "./cover-field";
import { Errors } from "./field-errors";
import { TaxonomyFields } from "./taxonomy-fields";
import { ImageUpload, type UploadNotice } from "./image-upload";
import { MediaPicker, type PickerImage } from "./media-picker";
import { sendImage } from "./send-image";
import { useLivePreview } from "./use-live-preview";
import editor from "./editor.module.css";

export type ArticleFormState = FormState & { preview?: string };
export type ArticleFormValues = {
  title: string;
  slug: string;
  excerpt: string;
  body: string;
  categoryId: string;
  tags: string;
  coverImage: string;
  commentsOpen: boolean;
  status: "draft" | "published" | "scheduled";
  scheduledAt: string;
};

type Props = {
  action: (state: ArticleFormState, formData: FormData) => Promise<ArticleFormState>;
  texts: Record<string, string>;
  categories: { id: number; name: string }[];
  initial: ArticleFormValues;
  initialPreview: string;
  initialMessage?: string;
  returnTo: string;
  uploadNotice?: UploadNotice;
  /** "page": a static page (server/pages) — no category, tags, comments or schedule. */
  kind?: "article" | "page";
  /** The newest images of the caller's media library, for the picker. */
  library?: PickerImage[];
};

/**
 * The article editor. Without JavaScript it is a plain form: "Vorschau" posts it and the page
 * comes back with the preview and everything typed; with JavaScript the preview follows the
 * typing (rendered on the server, see /dashboard/preview) and images upload in place.
 */
export function ArticleForm({
  action,
  texts,
  categories,
  initial,
  initialPreview,
  initialMessage,
  returnTo,
  uploadNotice,
  kind = "article",
  library = [],
}: Props) {
  const isArticle = kind === "article";
  const [state, dispatch, pending] = useActionState(action, {});
  const body = useRef<HTMLTextAreaElement>(null);
  const cover = useRef<HTMLInputElement>(null);
  const live = useLivePreview();
  const [status, setStatus] = useState(initial.status);
  const [coverBusy, setCoverBusy] = useState(false);
  const [coverNotice, setCoverNotice] = useState<UploadNotice | undefined>(
    uploadNotice?.snippet && !uploadNotice.snippet.startsWith("!") ? uploadNotice : undefined,
  );
  const v = state.values;
  const value = (field: Exclude<keyof ArticleFormValues, "commentsOpen">) => (v ? (v[field] ?? "") : initial[field]);
  const commentsOpen = v ? v.commentsOpen === "on" : initial.commentsOpen;
  const preview = live.html ?? state.preview ?? initialPreview;
  const err = state.errors ?? {};
  const described = (field: string, hint?: boolean) =>
    [hint ? `article-${field}-hint` : null, err[field]?.length ? `article-${field}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  const invalid = (field: string) => (err[field]?.length ? true : undefined);

  // With JavaScript the action is started here rather than by React's form handling, which
  // resets the fields to their defaults afterwards (a select then loses its choice, and a
  // late reset can overwrite what was typed meanwhile): what is typed simply stays.
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    live.reset();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  }

  async function uploadCover(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setCoverBusy(true);
    setCoverNotice(undefined);
    const answer = await sendImage(new FormData(form), texts["media.errors.failed"]);
    setCoverBusy(false);
    if (!answer.ok) return setCoverNotice({ ok: false, text: answer.error });
    if (cover.current) cover.current.value = answer.url;
    setCoverNotice({ ok: true, text: texts["media.coverSet"] });
    const file = document.getElementById("cover-file");
    if (file instanceof HTMLInputElement) file.value = "";
  }

  function insertAtCursor(text: string) {
    const area = body.current;
    if (!area) return;
    const start = area.selectionStart ?? area.value.length;
    const end = area.selectionEnd ?? start;
    const before = area.value.slice(0, start);
    const insert = `${before && !before.endsWith("\n") ? "\n\n" : ""}${text}\n`;
    area.value = before + insert + area.value.slice(end);
    area.selectionStart = area.selectionEnd = start + insert.length;
    area.focus();
    live.request(area.value);
  }

  return (
    <div className={editor.editor}>
      <form
        action={dispatch}
        noValidate
        className={`${styles.form} ${editor.form}`}
        onSubmit={submit}
        aria-label={texts["editor.title"]}
      >
        <FormMessage
          message={state.message ?? (state.errors ? undefined : initialMessage)}
          ok={state.message ? state.ok : Boolean(initialMessage)}
        />
        <div className={styles.field}>
          <label htmlFor="article-title">{texts["editor.title"]}</label>
          <input
            id="article-title"
            name="title"
            defaultValue={value("title")}
            required
            maxLength={TITLE_MAX_LENGTH}
            aria-invalid={invalid("title")}
            aria-describedby={described("title")}
          />
          <Errors id="article-title-error" errors={err.title} />
        </div>
        <div className={`${styles.field} ${editor.bodyField}`}>
          <label htmlFor="article-body">{texts["editor.body"]}</label>
          <textarea
            id="article-body"
            name="body"
            ref={body}
            rows={18}
            defaultValue={value("body")}
            onInput={(e) => live.request(e.currentTarget.value)}
            aria-invalid={invalid("body")}
            aria-describedby={described("body")}
            className={editor.body}
          />
          <Errors id="article-body-error" errors={err.body} />
        </div>
        <div className={`${styles.inline} ${editor.actions}`}>
          {/* Right below the text, kept in view while it is long: the first button, so Enter saves. */}
          <SubmitButton
            label={texts["editor.save"]}
            pendingLabel={texts["editor.saving"]}
            name="intent"
            value="save"
            pending={pending}
          />
          <SubmitButton
            label={texts["editor.preview"]}
            variant="secondary"
            name="intent"
            value="preview"
            pending={pending}
          />
        </div>
        <div className={editor.details}>
          <div className={styles.field}>
            <label htmlFor="article-slug">{texts["editor.slug"]}</label>
            <input
              id="article-slug"
              name="slug"
              defaultValue={value("slug")}
              maxLength={SLUG_MAX_LENGTH}
              aria-invalid={invalid("slug")}
              aria-describedby={described("slug", true)}
            />
            <p id="article-slug-hint" className={styles.hint}>
              {texts["editor.slugHint"]}
            </p>
            <Errors id="article-slug-error" errors={err.slug} />
          </div>
          <div className={styles.field}>
            <label htmlFor="article-excerpt">{texts["editor.excerpt"]}</label>
            <textarea
              id="article-excerpt"
              name="excerpt"
              rows={3}
              defaultValue={value("excerpt")}
              aria-invalid={invalid("excerpt")}
              aria-describedby={described("excerpt")}
            />
            <Errors id="article-excerpt-error" errors={err.excerpt} />
          </div>
          {isArticle ? (
            <TaxonomyFields
              texts={texts}
              categories={categories}
              value={value}
              described={described}
              invalid={invalid}
              errors={err}
            />
          ) : null}
          <CoverField
            texts={texts}
            defaultValue={value("coverImage")}
            inputRef={cover}
            errors={err.coverImage}
            describedBy={described("coverImage", true)}
            busy={coverBusy}
            notice={coverNotice}
          />
          {isArticle ? (
            <div className={editor.checkbox}>
              <input id="article-comments" type="checkbox" name="commentsOpen" defaultChecked={commentsOpen} />
              <label htmlFor="article-comments">{texts["editor.commentsOpen"]}</label>
            </div>
          ) : null}
          <div className={styles.field}>
            <label htmlFor="article-status">{texts["editor.status"]}</label>
            <select
              id="article-status"
              name="status"
              defaultValue={value("status")}
              onChange={(e) => setStatus(e.currentTarget.value as ArticleFormValues["status"])}
              aria-describedby={described("status")}
            >
              <option value="draft">{texts["editor.statusDraft"]}</option>
              <option value="published">{texts["editor.statusPublished"]}</option>
              {isArticle ? <option value="scheduled">{texts["editor.statusScheduled"]}</option> : null}
            </select>
            <Errors id="article-status-error" errors={err.status} />
          </div>
          {isArticle ? (
            <div className={`${styles.field} ${editor.schedule}`} data-status={status}>
              <label htmlFor="article-scheduled">{texts["editor.scheduledAt"]}</label>
              <input
                id="article-scheduled"
                type="datetime-local"
                name="scheduledAt"
                defaultValue={value("scheduledAt")}
                aria-invalid={invalid("scheduledAt")}
                aria-describedby={described("scheduledAt", true)}
              />
              <p id="article-scheduledAt-hint" className={styles.hint}>
                {texts["editor.scheduledAtHint"]}
              </p>
              <Errors id="article-scheduledAt-error" errors={err.scheduledAt} />
            </div>
          ) : null}
        </div>
      </form>
      <div className={editor.aside}>
        {/* Scrolls within itself beside the text on wide screens: focusable, so keyboards can scroll it. */}
        <section className={editor.preview} aria-labelledby="article-preview-heading" tabIndex={0}>
          <h2 id="article-preview-heading">{texts["editor.previewHeading"]}</h2>
          {/* Sanitised by lib/markdown on the server, exactly as on the article page. */}
          <div
            id="article-preview"
            className="prose article-body"
            aria-live="polite"
            dangerouslySetInnerHTML={{ __html: preview }}
          />
        </section>
        <MediaPicker images={library} texts={texts} onInsert={insertAtCursor} />
        <ImageUpload
          texts={texts}
          returnTo={returnTo}
          notice={uploadNotice}
          onInline={insertAtCursor}
          onCover={(url) => cover.current && (cover.current.value = url)}
        />
      </div>
      <CoverUploadForm returnTo={returnTo} onSubmit={uploadCover} />
    </div>
  );
}
