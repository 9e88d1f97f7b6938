"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  saved: string;
  labels: { field: string; hint: string; save: string };
};

/** The site's default share image (og:image for articles and pages without a cover). */
export function SharingForm({ action, saved, labels }: Props) {
  const [state, submit] = useActionState(action, {});
  return (
    <form action={submit} className={styles.form} aria-label={labels.field}>
      <FormMessage message={state.message} ok={state.ok} />
      <Field
        id="settings-share-image"
        name="defaultImage"
        label={labels.field}
        hint={labels.hint}
        defaultValue={state.values?.defaultImage ?? saved}
        errors={state.errors?.defaultImage}
        maxLength={500}
      />
      <SubmitButton label={labels.save} />
    </form>
  );
}
