"use client";

import { useActionState } from "react";
import { usePerViewKey } from "@/lib/use-per-view-key";
import type { CommentFormState } from "@/lib/comment-form-state";
import { GuestFields, type GuestFieldLabels } from "./guest-fields";
import { PrivacyNote, type PrivacyNoteLink } from "./privacy-note";

export type CommentFormLabels = { label: string; hint?: string; submit: string; sending: string };

type Props = {
  action: (state: CommentFormState, formData: FormData) => Promise<CommentFormState>;
  labels: CommentFormLabels;
  /** Hidden fields: the idempotency key, the parent comment. */
  hidden?: Record<string, string>;
  initialBody?: string;
  idPrefix?: string;
  /** What is stored and where to read more, below the field (Art. 13 DSGVO: inform when collecting). */
  privacy?: { text?: string; links: (PrivacyNoteLink | undefined)[] };
  /** "Bei Antworten benachrichtigen", checked by the reader's default from /account. */
  notify?: { label: string; defaultChecked: boolean };
  /** A guest's name, email and website fields (anonymous readers, when the site allows guests). */
  guest?: GuestFieldLabels;
};

/**
 * A plain <form> posting to a server action: it works without JavaScript (the server answers
 * with a redirect, or the page with the error and the text), and with JavaScript it shows a
 * pending state and errors without a reload.
 */
export function CommentForm({
  action,
  labels,
  hidden = {},
  initialBody = "",
  idPrefix = "comment",
  privacy,
  notify,
  guest,
}: Props) {
  const [state, submit, pending] = useActionState(action, {});
  const keyInput = usePerViewKey(hidden.idempotencyKey);
  const fieldId = `${idPrefix}-body`;
  const errorId = `${idPrefix}-body-error`;
  const hintId = `${idPrefix}-hint`;
  const bodyErrors = state.errors?.body;
  return (
    <form action={submit} className="comment-form" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input
          key={name}
          ref={name === "idempotencyKey" ? keyInput : undefined}
          type="hidden"
          name={name}
          value={value}
        />
      ))}
      <label htmlFor={fieldId} className="comment-form__label">
        {labels.label}
      </label>
      <textarea
        id={fieldId}
        name="body"
        rows={7}
        defaultValue={state.values?.body ?? initialBody}
        aria-invalid={bodyErrors ? true : undefined}
        aria-describedby={
          [bodyErrors ? errorId : null, labels.hint ? hintId : null].filter(Boolean).join(" ") || undefined
        }
      />
      <div aria-live="polite">
        {bodyErrors && (
          <p id={errorId} className="form-error">
            {bodyErrors.join(" ")}
          </p>
        )}
        {state.message && (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        )}
      </div>
      {guest && <GuestFields labels={guest} state={state} idPrefix={idPrefix} />}
      {labels.hint && (
        <p id={hintId} className="comment-form__hint">
          {labels.hint}
        </p>
      )}
      {notify && (
        <p className="comment-form__notify">
          <input
            type="checkbox"
            id={`${idPrefix}-notify`}
            name="notifyReplies"
            defaultChecked={notify.defaultChecked}
          />{" "}
          <label htmlFor={`${idPrefix}-notify`}>{notify.label}</label>
        </p>
      )}
      {privacy && <PrivacyNote text={privacy.text ?? ""} links={privacy.links} />}
      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
