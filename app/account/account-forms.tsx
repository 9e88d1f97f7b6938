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
import { changeNameAction, changePasswordAction, deleteAccountAction } from "./actions";

export type AccountTexts = Texts<"fields." | "account.">;

export function ChangeNameForm({ t, name }: { t: AccountTexts; name: string }) {
  const [state, action] = useActionState(changeNameAction, initialFormState);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field
        id="account-name"
        name="name"
        label={t["fields.name"]}
        autoComplete="name"
        required
        maxLength={NAME_MAX_LENGTH}
        defaultValue={state.values?.name ?? name}
        errors={state.errors?.name}
      />
      <SubmitButton label={t["account.saveName"]} />
    </form>
  );
}

export function ChangePasswordForm({
  t,
  hasPassword,
  saved,
}: {
  t: AccountTexts;
  hasPassword: boolean;
  saved: boolean;
}) {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const message = state.message ?? (saved && state === initialFormState ? t["account.passwordSaved"] : undefined);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormMessage message={message} ok={state.ok || (saved && !state.message)} />
      {hasPassword ? (
        <Field
          id="account-current-password"
          name="currentPassword"
          type="password"
          label={t["fields.currentPassword"]}
          autoComplete="current-password"
          required
          errors={state.errors?.currentPassword}
        />
      ) : (
        <p>{t["account.noPasswordYet"]}</p>
      )}
      <Field
        id="account-new-password"
        name="newPassword"
        type="password"
        label={t["fields.newPassword"]}
        hint={fill(t["fields.passwordHint"], { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        errors={state.errors?.newPassword}
      />
      <SubmitButton label={t["account.savePassword"]} />
    </form>
  );
}

export function DeleteAccountForm({ t, hasPassword }: { t: AccountTexts; hasPassword: boolean }) {
  const [state, action] = useActionState(deleteAccountAction, initialFormState);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormMessage message={state.message} />
      <fieldset className={styles.fieldset}>
        <legend>{t["account.deleteChoice"]}</legend>
        <label>
          <input type="radio" name="comments" value="keep" defaultChecked /> {t["account.deleteKeep"]}
        </label>
        <label>
          <input type="radio" name="comments" value="remove" /> {t["account.deleteRemove"]}
        </label>
      </fieldset>
      {hasPassword ? (
        <Field
          id="account-delete-password"
          name="password"
          type="password"
          label={t["fields.password"]}
          autoComplete="current-password"
          required
          errors={state.errors?.password}
        />
      ) : null}
      <div>
        <label>
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            aria-describedby="account-delete-confirm-error"
            aria-invalid={state.errors?.confirm ? true : undefined}
          />{" "}
          {t["account.deleteConfirm"]}
        </label>
        <div id="account-delete-confirm-error" className={styles.error} aria-live="polite">
          {state.errors?.confirm?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </div>
      <SubmitButton label={t["account.deleteSubmit"]} variant="danger" />
    </form>
  );
}
