"use client";

import { useActionState, useEffect, useRef } from "react";
import type { CommentFormState } from "@/lib/comment-form-state";

export type CommentFormLabels = { label: string; hint?: string; submit: string; sending: string };

type Props = {
  action: (state: CommentFormState, formData: FormData) => Promise<CommentFormState>;
  labels: CommentFormLabels;
  /** Hidden fields: the idempotency key, the parent comment. */
  hidden?: Record<string, string>;
  initialBody?: string;
  idPrefix?: string;
};

/**
 * A plain <form> posting to a server action: it works without JavaScript (the server answers
 * with a redirect, or the page with the error and the text), and with JavaScript it shows a
 * pending state and errors without a reload.
 */
/** A random idempotency key; randomUUID exists only on https and localhost. */
function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function CommentForm({ action, labels, hidden = {}, initialBody = "", idPrefix = "comment" }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  // The front server may serve the same cached page twice (two tabs), and with it the same
  // idempotency key: with JavaScript every page view sends a key of its own instead, kept
  // for retries of the same post and renewed when the server renders a new form.
  const keyInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (keyInput.current) keyInput.current.value = newKey();
  }, [hidden.idempotencyKey]);
  const fieldId = `${idPrefix}-body`;
  const errorId = `${idPrefix}-body-error`;
  const hintId = `${idPrefix}-hint`;
  const bodyErrors = state.errors?.body;
  return (
    <form action={formAction} className="comment-form" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} ref={name === "idempotencyKey" ? keyInput : undefined} type="hidden" name={name} value={value} />
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
        aria-describedby={[bodyErrors ? errorId : null, labels.hint ? hintId : null].filter(Boolean).join(" ") || undefined}
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
      {labels.hint && (
        <p id={hintId} className="comment-form__hint">
          {labels.hint}
        </p>
      )}
      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
