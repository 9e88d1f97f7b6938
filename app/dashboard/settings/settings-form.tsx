"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/field";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";

type Values = {
  moderationWords: string;
  blockWords: string;
  linkThreshold: string;
  holdFirstComment: boolean;
  allowGuestComments: boolean;
  floodIntervalSeconds: string;
  autoCloseAfterDays: string;
  reportThreshold: string;
};
type Labels = Record<
  | "moderationWords"
  | "moderationWordsHint"
  | "blockWords"
  | "blockWordsHint"
  | "linkThreshold"
  | "linkThresholdHint"
  | "holdFirst"
  | "allowGuests"
  | "flood"
  | "floodHint"
  | "autoClose"
  | "autoCloseHint"
  | "reportThreshold"
  | "reportThresholdHint"
  | "save",
  string
>;
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function Described({
  id,
  hint,
  errors,
  children,
}: {
  id: string;
  hint?: string;
  errors?: string[];
  children: React.ReactNode;
}) {
  return (
    <>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="dashboard-hint">
          {hint}
        </p>
      ) : null}
      <div id={`${id}-error`} className="dashboard-error" aria-live="polite">
        {errors?.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
    </>
  );
}

const describedBy = (id: string, hint: boolean, errors?: string[]) =>
  [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

export function SettingsForm({ action, saved, labels }: { action: Action; saved: Values; labels: Labels }) {
  const [state, submit] = useActionState(action, initialFormState);
  const v = state.values;
  const value = (f: Exclude<keyof Values, "holdFirstComment" | "allowGuestComments">) => v?.[f] ?? saved[f];
  const err = state.errors ?? {};
  const lists = [
    ["moderationWords", labels.moderationWords, labels.moderationWordsHint],
    ["blockWords", labels.blockWords, labels.blockWordsHint],
  ] as const;
  const numbers = [
    ["linkThreshold", labels.linkThreshold, labels.linkThresholdHint],
    ["floodIntervalSeconds", labels.flood, labels.floodHint],
    ["autoCloseAfterDays", labels.autoClose, labels.autoCloseHint],
    ["reportThreshold", labels.reportThreshold, labels.reportThresholdHint],
  ] as const;
  return (
    <form action={submit} className="dashboard-form" noValidate>
      {lists.map(([f, label, hint]) => (
        <div key={f} className="dashboard-field">
          <label htmlFor={`settings-${f}`}>{label}</label>
          <Described id={`settings-${f}`} hint={hint} errors={err[f]}>
            <textarea
              id={`settings-${f}`}
              name={f}
              rows={6}
              defaultValue={value(f)}
              aria-invalid={err[f]?.length ? true : undefined}
              aria-describedby={describedBy(`settings-${f}`, true, err[f])}
            />
          </Described>
        </div>
      ))}
      {numbers.map(([f, label, hint]) => (
        <div key={f} className="dashboard-field">
          <label htmlFor={`settings-${f}`}>{label}</label>
          <Described id={`settings-${f}`} hint={hint} errors={err[f]}>
            <input
              id={`settings-${f}`}
              name={f}
              inputMode="numeric"
              defaultValue={value(f)}
              aria-invalid={err[f]?.length ? true : undefined}
              aria-describedby={describedBy(`settings-${f}`, true, err[f])}
            />
          </Described>
        </div>
      ))}
      <label className="dashboard-check">
        <input
          type="checkbox"
          name="holdFirstComment"
          defaultChecked={v ? v.holdFirstComment === "on" : saved.holdFirstComment}
        />{" "}
        {labels.holdFirst}
      </label>
      <label className="dashboard-check">
        <input
          type="checkbox"
          name="allowGuestComments"
          defaultChecked={v ? v.allowGuestComments === "on" : saved.allowGuestComments}
        />{" "}
        {labels.allowGuests}
      </label>
      <SubmitButton label={labels.save} />
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
