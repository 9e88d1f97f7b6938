"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState } from "@/lib/form-state";
import { EMAIL_MAX_LENGTH } from "@/lib/limits";
import type { Texts } from "@/lib/i18n";
import { requestGuestDataAction } from "./actions";

export function GuestDataRequestForm({ t }: { t: Texts<"guestData."> }) {
  const [state, action] = useActionState(requestGuestDataAction, initialFormState);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormMessage message={state.message} />
      <Field
        id="guest-data-email"
        name="email"
        type="email"
        label={t["guestData.email"]}
        hint={t["guestData.emailHint"]}
        autoComplete="email"
        required
        maxLength={EMAIL_MAX_LENGTH}
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <SubmitButton label={t["guestData.submit"]} />
    </form>
  );
}
