"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  gravatar: boolean;
  labels: { gravatar: string; hint: string; save: string };
};

/** Gravatar on or off (off by default): the hint says what turning it on sends to whom. */
export function AvatarForm({ action, gravatar, labels }: Props) {
  const [state, submit] = useActionState(action, {});
  const checked = state.values ? state.values.gravatar === "on" : gravatar;
  return (
    <form action={submit} className={styles.form} aria-label={labels.gravatar}>
      <FormMessage message={state.message} ok={state.ok} />
      <label className="dashboard-check">
        <input
          type="checkbox"
          name="gravatar"
          id="settings-gravatar"
          defaultChecked={checked}
          aria-describedby="settings-gravatar-hint"
        />{" "}
        {labels.gravatar}
      </label>
      <p id="settings-gravatar-hint" className={styles.hint}>
        {labels.hint}
      </p>
      <SubmitButton label={labels.save} />
    </form>
  );
}
