"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState } from "@/lib/form-state";
import type { AccountTexts } from "./account-forms";
import { changeEmailAction, resendConfirmationAction } from "./actions";

/** A new address takes effect only once the link mailed to it is opened (server/accounts/email-confirmation.ts). */
export function ChangeEmailForm({ t, hasPassword }: { t: AccountTexts; hasPassword: boolean }) {
  const [state, action] = useActionState(changeEmailAction, initialFormState);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field
        id="account-new-email"
        name="email"
        type="email"
        label={t["account.emailNew"]}
        hint={t["account.emailChangeHint"]}
        autoComplete="email"
        required
        defaultValue={state.ok ? "" : state.values?.email}
        errors={state.errors?.email}
      />
      {hasPassword ? (
        <Field
          id="account-email-password"
          name="password"
          type="password"
          label={t["fields.currentPassword"]}
          autoComplete="current-password"
          required
          errors={state.errors?.password}
        />
      ) : null}
      <SubmitButton label={t["account.emailChangeSubmit"]} variant="secondary" />
    </form>
  );
}

export function ResendConfirmationForm({ t }: { t: AccountTexts }) {
  const [state, action] = useActionState(resendConfirmationAction, initialFormState);
  return (
    <form action={action} className={styles.form}>
      <p id="email-unconfirmed">{t["account.emailUnconfirmed"]}</p>
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton label={t["account.emailResend"]} variant="secondary" />
    </form>
  );
}
