"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState } from "@/lib/form-state";
import type { AccountTexts } from "./account-forms";
import { changeBioAction } from "./actions";

/** An author's bio: plain text, blank lines make paragraphs, web addresses become links. */
export function BioForm({ t, bio, hint }: { t: AccountTexts; bio: string; hint: string }) {
  const [state, action] = useActionState(changeBioAction, initialFormState);
  const errors = state.errors?.bio;
  return (
    <form action={action} className={styles.form} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <div className={styles.field}>
        <label htmlFor="account-bio">{t["account.bio"]}</label>
        <textarea
          id="account-bio"
          name="bio"
          rows={6}
          defaultValue={state.values?.bio ?? bio}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? "account-bio-hint account-bio-error" : "account-bio-hint"}
        />
        <p id="account-bio-hint" className={styles.hint}>
          {hint}
        </p>
        <div id="account-bio-error" className={styles.error} aria-live="polite">
          {errors?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </div>
      <SubmitButton label={t["account.saveBio"]} />
    </form>
  );
}
