"use client";
import { useActionState } from "react";
import { SPONSOR_TEXT_MAX_LENGTH, SPONSOR_TITLE_MAX_LENGTH } from "@/lib/limits";
import { Field, FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";

type BoundAction = (state: FormState, formData: FormData) => Promise<FormState>;
export type SponsorValues = {
  title: string;
  text: string;
  url: string;
  imageUrl: string;
  position: string;
  activeFrom: string;
  activeTo: string;
  sortOrder: string;
};

export function SponsorForm({
  action,
  texts,
  prefix,
  initial,
  submitLabel,
}: {
  action: BoundAction;
  texts: Record<string, string>;
  prefix: string;
  initial: SponsorValues;
  submitLabel: string;
}) {
  const [state, submit] = useActionState(action, initialFormState);
  const v = (field: keyof SponsorValues) => state.values?.[field] ?? initial[field];
  const e = state.errors ?? {};
  return (
    <form
      action={submit}
      className={styles.form}
      noValidate
      aria-label={`${submitLabel}: ${initial.title || texts["sponsorAdmin.new"]}`}
    >
      <Field
        id={`${prefix}-title`}
        name="title"
        label={texts["sponsorAdmin.titleField"]}
        required
        maxLength={SPONSOR_TITLE_MAX_LENGTH}
        defaultValue={v("title")}
        errors={e.title}
      />
      <Field
        id={`${prefix}-text`}
        name="text"
        label={texts["sponsorAdmin.text"]}
        maxLength={SPONSOR_TEXT_MAX_LENGTH}
        defaultValue={v("text")}
        errors={e.text}
      />
      <Field
        id={`${prefix}-url`}
        name="url"
        label={texts["sponsorAdmin.url"]}
        required
        defaultValue={v("url")}
        errors={e.url}
      />
      <Field
        id={`${prefix}-image`}
        name="imageUrl"
        label={texts["sponsorAdmin.imageUrl"]}
        defaultValue={v("imageUrl")}
        errors={e.imageUrl}
      />
      <div className={styles.field}>
        <label htmlFor={`${prefix}-position`}>{texts["sponsorAdmin.position"]}</label>
        <select id={`${prefix}-position`} name="position" defaultValue={v("position")}>
          <option value="header">{texts["sponsorAdmin.positionHeader"]}</option>
          <option value="sidebar">{texts["sponsorAdmin.positionSidebar"]}</option>
          <option value="below_article">{texts["sponsorAdmin.positionBelowArticle"]}</option>
        </select>
      </div>
      {(["activeFrom", "activeTo"] as const).map((field) => (
        <div className={styles.field} key={field}>
          <label htmlFor={`${prefix}-${field}`}>{texts[`sponsorAdmin.${field}`]}</label>
          <input
            id={`${prefix}-${field}`}
            type="datetime-local"
            name={field}
            defaultValue={v(field)}
            aria-invalid={e[field]?.length ? true : undefined}
            aria-describedby={`${prefix}-${field}-error`}
          />
          <div id={`${prefix}-${field}-error`} className={styles.error} aria-live="polite">
            {e[field]?.map((m) => (
              <p key={m}>{m}</p>
            ))}
          </div>
        </div>
      ))}
      <div className={styles.field}>
        <label htmlFor={`${prefix}-sort`}>{texts["sponsorAdmin.sortOrder"]}</label>
        <input id={`${prefix}-sort`} type="number" name="sortOrder" defaultValue={v("sortOrder")} />
      </div>
      <SubmitButton label={submitLabel} />
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
