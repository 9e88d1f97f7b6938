"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState } from "@/lib/form-state";
import type { MailAdminMessages } from "@/lib/i18n/mail";
import { mailPreferencesAction } from "./actions";

export function MailPreferencesForm({ t, notifyReplies }: { t: MailAdminMessages; notifyReplies: boolean }) {
  const [state, action] = useActionState(mailPreferencesAction, initialFormState);
  return (
    <form action={action} className={styles.form}>
      <FormMessage message={state.message} ok={state.ok} />
      <p>
        <input type="checkbox" id="prefs-notify-replies" name="notifyReplies" defaultChecked={notifyReplies} />{" "}
        <label htmlFor="prefs-notify-replies">{t.prefsReplies}</label>
      </p>
      <SubmitButton label={t.prefsSave} variant="secondary" />
    </form>
  );
}
