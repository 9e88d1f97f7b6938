"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState } from "@/lib/form-state";
import { deleteGuestDataAction } from "../actions";

/** Deleting needs the ticked confirmation; without JavaScript the post answers with the same form. */
export function GuestDataDeleteForm({ token, labels }: { token: string; labels: { confirm: string; submit: string } }) {
  const [state, action] = useActionState(deleteGuestDataAction, initialFormState);
  return (
    <form action={action} className={styles.form} noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      <div>
        <label>
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            aria-describedby="guest-data-confirm-error"
            aria-invalid={state.errors?.confirm ? true : undefined}
          />{" "}
          {labels.confirm}
        </label>
        <div id="guest-data-confirm-error" className={styles.error} aria-live="polite">
          {state.errors?.confirm?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </div>
      <SubmitButton label={labels.submit} variant="danger" />
    </form>
  );
}
