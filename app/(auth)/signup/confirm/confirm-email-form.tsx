"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState } from "@/lib/form-state";
import { confirmEmailAction } from "../../actions";

export function ConfirmEmailForm({ token, label }: { token: string; label: string }) {
  const [state, action] = useActionState(confirmEmailAction, initialFormState);
  return (
    <form action={action} className={styles.form}>
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton label={label} />
    </form>
  );
}
