"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";
import type { Texts } from "@/lib/i18n";
import { fill } from "@/lib/i18n/fill";
import { REPORT_NOTE_MAX_LENGTH } from "@/lib/limits";

export type ReportTexts = Texts<"report.">;

const REASONS = ["spam", "abuse", "off_topic", "other"] as const;

/** Reason (one of four) and an optional note; a plain form that works without JavaScript. */
export function ReportForm({
  action,
  t,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  t: ReportTexts;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.ok) return <FormMessage message={state.message} ok />;
  const reasonErrors = state.errors?.reason;
  const noteErrors = state.errors?.note;
  return (
    <form action={formAction} className={styles.form} id="report-form">
      <FormMessage message={state.message} />
      <fieldset aria-describedby={reasonErrors ? "report-reason-error" : undefined}>
        <legend>{t["report.reasonLegend"]}</legend>
        {REASONS.map((reason) => (
          <p key={reason}>
            <input
              type="radio"
              id={`report-reason-${reason}`}
              name="reason"
              value={reason}
              required
              defaultChecked={state.values?.reason === reason}
            />{" "}
            <label htmlFor={`report-reason-${reason}`}>{t[`report.reason.${reason}`]}</label>
          </p>
        ))}
        <div id="report-reason-error" className={styles.error} aria-live="polite">
          {reasonErrors?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </fieldset>
      <div className={styles.field}>
        <label htmlFor="report-note">{fill(t["report.note"], { max: REPORT_NOTE_MAX_LENGTH })}</label>
        <textarea
          id="report-note"
          name="note"
          rows={4}
          maxLength={REPORT_NOTE_MAX_LENGTH}
          defaultValue={state.values?.note}
          aria-invalid={noteErrors ? true : undefined}
          aria-describedby={noteErrors ? "report-note-error" : undefined}
        />
        <div id="report-note-error" className={styles.error} aria-live="polite">
          {noteErrors?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </div>
      <SubmitButton label={t["report.submit"]} pendingLabel={t["report.sending"]} />
    </form>
  );
}
