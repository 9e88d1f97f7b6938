"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState } from "@/lib/form-state";
import type { Texts } from "@/lib/i18n";
import { magicLinkAction, signInAction } from "../actions";

export type SignInTexts = Texts<"fields." | "signIn.">;

type Props = { t: SignInTexts; callbackUrl: string; initialMessage?: string };

export function SignInForm({ t, callbackUrl, initialMessage }: Props) {
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormMessage message={state.message ?? (state === initialFormState ? initialMessage : undefined)} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        id="signin-email"
        name="email"
        type="email"
        label={t["fields.email"]}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <Field
        id="signin-password"
        name="password"
        type="password"
        label={t["fields.password"]}
        autoComplete="current-password"
        required
        errors={state.errors?.password}
      />
      <SubmitButton label={t["signIn.submit"]} pendingLabel={t["signIn.pending"]} />
    </form>
  );
}

export function MagicLinkForm({ t, callbackUrl }: Props) {
  const [state, action] = useActionState(magicLinkAction, initialFormState);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        id="magic-email"
        name="email"
        type="email"
        label={t["fields.email"]}
        hint={t["signIn.magicLinkHint"]}
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <SubmitButton label={t["signIn.magicLinkSubmit"]} variant="secondary" />
    </form>
  );
}
