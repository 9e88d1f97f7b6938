"use client";
import { useActionState } from "react";
import { BAN_REASON_MAX_LENGTH } from "@/lib/limits";
import { FormMessage } from "@/components/auth/field";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";
import { usePerViewKey } from "@/lib/use-per-view-key";

type BoundAction = (state: FormState, formData: FormData) => Promise<FormState>;

function TextArea({
  id,
  name,
  label,
  hint,
  defaultValue,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  errors?: string[];
}) {
  const describedBy =
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="dashboard-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="dashboard-hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={5}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
      />
      <div id={`${id}-error`} className="dashboard-error" aria-live="polite">
        {errors?.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
    </div>
  );
}

/** The moderator's correction of the text; the old text goes to the history. */
export function EditCommentForm({
  action,
  body,
  labels,
}: {
  action: BoundAction;
  body: string;
  labels: { field: string; submit: string };
}) {
  const [state, submit] = useActionState(action, initialFormState);
  return (
    <form action={submit} className="dashboard-form" noValidate>
      <TextArea
        id="edit-body"
        name="body"
        label={labels.field}
        defaultValue={state.values?.body ?? body}
        errors={state.errors?.body}
      />
      <SubmitButton label={labels.submit} variant="secondary" />
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}

/** A reply published at once; the key makes a resubmitted form store it only once. */
export function ReplyForm({
  action,
  idempotencyKey,
  labels,
}: {
  action: BoundAction;
  idempotencyKey: string;
  labels: { field: string; hint: string; submit: string };
}) {
  const [state, submit] = useActionState(action, initialFormState);
  const keyInput = usePerViewKey(idempotencyKey);
  return (
    <form action={submit} className="dashboard-form" noValidate>
      <input ref={keyInput} type="hidden" name="key" value={idempotencyKey} />
      <TextArea
        id="reply-body"
        name="body"
        label={labels.field}
        hint={labels.hint}
        defaultValue={state.values?.body}
        errors={state.errors?.body}
      />
      <SubmitButton label={labels.submit} />
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}

export function BanForm({
  action,
  labels,
}: {
  action: BoundAction;
  labels: { reason: string; spamPending: string; submit: string };
}) {
  const [state, submit] = useActionState(action, initialFormState);
  const hasErrors = Boolean(state.errors?.reason?.length);
  return (
    <form action={submit} className="dashboard-form" noValidate>
      <div className="dashboard-field">
        <label htmlFor="ban-reason">{labels.reason}</label>
        <input
          id="ban-reason"
          name="reason"
          maxLength={BAN_REASON_MAX_LENGTH}
          defaultValue={state.values?.reason}
          aria-invalid={hasErrors || undefined}
          aria-describedby={hasErrors ? "ban-reason-error" : undefined}
        />
        <div id="ban-reason-error" className="dashboard-error" aria-live="polite">
          {state.errors?.reason?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </div>
      <label className="dashboard-check">
        <input
          type="checkbox"
          name="spamPending"
          defaultChecked={state.values ? state.values.spamPending === "on" : true}
        />{" "}
        {labels.spamPending}
      </label>
      <SubmitButton label={labels.submit} variant="danger" />
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
