"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/field";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";

export function RetryForm({
  label,
  action,
}: {
  label: string;
  action: (s: FormState, f: FormData) => Promise<FormState>;
}) {
  const [state, run] = useActionState(action, initialFormState);
  return (
    <form action={run} aria-label={label}>
      <SubmitButton label={label} variant="secondary" />
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
