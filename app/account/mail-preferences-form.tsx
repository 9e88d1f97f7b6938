"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState } from "@/lib/form-state";
import type { Texts } from "@/lib/i18n";
import { mailPreferencesAction } from "./actions";

export function MailPreferencesForm({ t, notifyReplies }: { t: Texts<"mailPrefs.">; notifyReplies: boolean }) {
  const [state, action] = useActionState(mailPreferencesAction, initialFormState);
  return (
    <form action={action} className={styles.form}>
      <FormMessage message={state.message} ok={state.ok} />
      <p>
        <input type="checkbox" id="prefs-notify-replies" name="notifyReplies" defaultChecked={notifyReplies} />{" "}
        <label htmlFor="prefs-notify-replies">{t["mailPrefs.replies"]}</label>
      </p>
      <SubmitButton label={t["mailPrefs.save"]} variant="secondary" />
    </form>
  );
}
