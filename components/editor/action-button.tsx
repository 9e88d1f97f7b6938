"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";

type BoundAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** A one-button form for a bound action (unpublish, restore, delete), with its message. */
export function ActionButton({
  action,
  label,
  variant = "secondary",
}: {
  action: BoundAction;
  label: string;
  variant?: "secondary" | "danger" | "button";
}) {
  const [state, submit] = useActionState(action, initialFormState);
  return (
    <form action={submit} className={styles.inline} aria-label={label}>
      <SubmitButton label={label} variant={variant} />
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
