"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState } from "@/lib/form-state";
import type { Texts } from "@/lib/i18n";

type PasswordTexts = Texts<"fields." | "signIn.">;
import { forgotPasswordAction, resetPasswordAction } from "../actions";

export function ForgotPasswordForm({ t }: { t: PasswordTexts }) {
  const [state, action] = useActionState(forgotPasswordAction, initialFormState);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormMessage message={state.message} />
      <Field
        id="forgot-email"
        name="email"
        type="email"
        label={t["fields.email"]}
        hint={t["signIn.forgotHint"]}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <SubmitButton label={t["signIn.forgotSubmit"]} />
    </form>
  );
}

export function ResetPasswordForm({ t, token, min }: { t: PasswordTexts; token: string; min: number }) {
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      <Field
        id="reset-password"
        name="password"
        type="password"
        label={t["fields.newPassword"]}
        hint={t["fields.passwordHint"].replace("{min}", String(min))}
        autoComplete="new-password"
        required
        errors={state.errors?.password}
      />
      <SubmitButton label={t["signIn.resetSubmit"]} />
    </form>
  );
}
