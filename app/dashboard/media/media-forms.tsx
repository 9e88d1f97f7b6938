"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { MEDIA_ALT_MAX_LENGTH, MEDIA_CAPTION_MAX_LENGTH } from "@/lib/limits";
import { initialFormState, type FormState } from "@/lib/form-state";

type Action = (s: FormState, f: FormData) => Promise<FormState>;

/** Alt text and caption of one image; works as a plain form post without JavaScript. */
export function MediaTextForm({
  id,
  alt,
  caption,
  texts,
  action,
}: {
  id: string;
  alt: string;
  caption: string;
  texts: Record<"label" | "alt" | "altHint" | "caption" | "save", string>;
  action: Action;
}) {
  const [state, run] = useActionState(action, initialFormState);
  const value = (field: "alt" | "caption", initial: string) => state.values?.[field] ?? initial;
  const errors = state.errors ?? {};
  return (
    <form action={run} aria-label={texts.label} className={styles.form}>
      <div className={styles.field}>
        <label htmlFor={`media-alt-${id}`}>{texts.alt}</label>
        <input
          id={`media-alt-${id}`}
          name="alt"
          defaultValue={value("alt", alt)}
          maxLength={MEDIA_ALT_MAX_LENGTH}
          aria-invalid={errors.alt ? true : undefined}
          aria-describedby={`media-alt-${id}-hint media-alt-${id}-error`}
        />
        <p id={`media-alt-${id}-hint`} className={styles.hint}>
          {texts.altHint}
        </p>
        <div id={`media-alt-${id}-error`} className={styles.error} aria-live="polite">
          {errors.alt?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </div>
      <div className={styles.field}>
        <label htmlFor={`media-caption-${id}`}>{texts.caption}</label>
        <input
          id={`media-caption-${id}`}
          name="caption"
          defaultValue={value("caption", caption)}
          maxLength={MEDIA_CAPTION_MAX_LENGTH}
          aria-invalid={errors.caption ? true : undefined}
          aria-describedby={`media-caption-${id}-error`}
        />
        <div id={`media-caption-${id}-error`} className={styles.error} aria-live="polite">
          {errors.caption?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </div>
      <SubmitButton label={texts.save} variant="secondary" />
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}

/** Deletes one unused image; a refusal (it became used meanwhile) is said next to the button. */
export function MediaDeleteForm({ label, action }: { label: string; action: Action }) {
  const [state, run] = useActionState(action, initialFormState);
  return (
    <form action={run} aria-label={label}>
      <SubmitButton label={label} variant="danger" />
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
