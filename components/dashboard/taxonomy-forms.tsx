"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";

type BoundAction = (state: FormState, formData: FormData) => Promise<FormState>;
type Row = { id: number; name: string; slug: string; description: string | null };

/** Name, slug and (categories) description: the create form and each row's edit form. */
export function TaxonomyForm({
  action,
  texts,
  prefix,
  row,
  withDescription,
  submitLabel,
}: {
  action: BoundAction;
  texts: Record<string, string>;
  prefix: string;
  row?: Row;
  withDescription: boolean;
  submitLabel: string;
}) {
  const [state, submit] = useActionState(action, initialFormState);
  const v = state.values;
  return (
    <form
      action={submit}
      className={styles.form}
      noValidate
      aria-label={row ? `${submitLabel}: ${row.name}` : submitLabel}
    >
      <Field
        id={`${prefix}-name`}
        name="name"
        label={texts["taxonomy.name"]}
        required
        maxLength={100}
        defaultValue={v?.name ?? row?.name}
        errors={state.errors?.name}
      />
      <Field
        id={`${prefix}-slug`}
        name="slug"
        label={texts["taxonomy.slug"]}
        maxLength={80}
        defaultValue={v?.slug ?? row?.slug}
        errors={state.errors?.slug}
        hint={texts["taxonomy.slugHint"]}
      />
      {withDescription ? (
        <div className={styles.field}>
          <label htmlFor={`${prefix}-description`}>{texts["taxonomy.description"]}</label>
          <textarea
            id={`${prefix}-description`}
            name="description"
            rows={2}
            defaultValue={v?.description ?? row?.description ?? ""}
            aria-describedby={`${prefix}-description-error`}
          />
          <div id={`${prefix}-description-error`} className={styles.error} aria-live="polite">
            {state.errors?.description?.map((e) => (
              <p key={e}>{e}</p>
            ))}
          </div>
        </div>
      ) : null}
      <SubmitButton label={submitLabel} variant={row ? "secondary" : "button"} />
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}

/** Delete; for a category with articles, after choosing where they go. */
export function DeleteTaxonomyForm({
  action,
  texts,
  prefix,
  name,
  moveOptions,
}: {
  action: BoundAction;
  texts: Record<string, string>;
  prefix: string;
  name: string;
  moveOptions?: { id: number; name: string }[];
}) {
  const [state, submit] = useActionState(action, initialFormState);
  return (
    <form action={submit} className={styles.inline} aria-label={`${texts["taxonomy.delete"]}: ${name}`}>
      {moveOptions ? (
        <div className={styles.field}>
          <label htmlFor={`${prefix}-move`}>{texts["taxonomy.moveTo"]}</label>
          <select id={`${prefix}-move`} name="moveTo" defaultValue="" aria-describedby={`${prefix}-move-error`}>
            <option value="">{texts["taxonomy.moveNone"]}</option>
            {moveOptions.map((o) => (
              <option key={o.id} value={String(o.id)}>
                {o.name}
              </option>
            ))}
          </select>
          <div id={`${prefix}-move-error`} className={styles.error} aria-live="polite">
            {state.errors?.moveTo?.map((e) => (
              <p key={e}>{e}</p>
            ))}
          </div>
        </div>
      ) : null}
      <SubmitButton label={texts["taxonomy.delete"]} variant="danger" />
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
