"use client";
import { useActionState } from "react";
import { NAME_MAX_LENGTH } from "@/lib/limits";
import { Field, FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState } from "@/lib/form-state";
import { fill } from "@/lib/i18n/fill";
import type { Texts } from "@/lib/i18n";
import { PASSWORD_MIN_LENGTH } from "@/lib/password-policy";
import { signUpAction } from "../actions";

export type SignUpTexts = Texts<"fields." | "signUp.">;

export function SignUpForm({ t, callbackUrl }: { t: SignUpTexts; callbackUrl: string }) {
  const [state, action] = useActionState(signUpAction, initialFormState);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        id="signup-name"
        name="name"
        label={t["fields.name"]}
        autoComplete="name"
        required
        maxLength={NAME_MAX_LENGTH}
        defaultValue={state.values?.name}
        errors={state.errors?.name}
      />
      <Field
        id="signup-email"
        name="email"
        type="email"
        label={t["fields.email"]}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <Field
        id="signup-password"
        name="password"
        type="password"
        label={t["fields.password"]}
        hint={fill(t["fields.passwordHint"], { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        errors={state.errors?.password}
      />
      <SubmitButton label={t["signUp.submit"]} pendingLabel={t["signUp.pending"]} />
    </form>
  );
}
