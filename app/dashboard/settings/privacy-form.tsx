"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  saved: string;
  labels: { title: string; field: string; hint: string; save: string };
};

/** How long client addresses are kept (the hourly retention job reads it). */
export function PrivacyForm({ action, saved, labels }: Props) {
  const [state, submit] = useActionState(action, {});
  return (
    <form action={submit} className={styles.form} aria-label={labels.title}>
      <FormMessage message={state.message} ok={state.ok} />
      <Field
        id="settings-address-retention"
        name="addressRetentionDays"
        label={labels.field}
        hint={labels.hint}
        defaultValue={state.values?.addressRetentionDays ?? saved}
        errors={state.errors?.addressRetentionDays}
        required
        maxLength={3}
      />
      <SubmitButton label={labels.save} />
    </form>
  );
}
