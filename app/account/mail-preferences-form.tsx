"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import { initialFormState } from "@/lib/form-state";
import type { Texts } from "@/lib/i18n";
import { mailPreferencesAction } from "./actions";

type Alerts = "off" | "instant" | "daily";

/** `alerts`: shown to authors and admins (their articles' waiting comments); `alertsAll`: to admins. */
export function MailPreferencesForm({
  t,
  notifyReplies,
  alerts,
  alertsAll,
}: {
  t: Texts<"mailPrefs.">;
  notifyReplies: boolean;
  alerts: Alerts | null;
  alertsAll: boolean | null;
}) {
  const [state, action] = useActionState(mailPreferencesAction, initialFormState);
  return (
    <form action={action} className={styles.form}>
      <FormMessage message={state.message} ok={state.ok} />
      <p>
        <input type="checkbox" id="prefs-notify-replies" name="notifyReplies" defaultChecked={notifyReplies} />{" "}
        <label htmlFor="prefs-notify-replies">{t["mailPrefs.replies"]}</label>
      </p>
      {alerts !== null ? (
        <fieldset id="prefs-alerts">
          <legend>{t["mailPrefs.alerts"]}</legend>
          {(["off", "instant", "daily"] as const).map((value) => (
            <p key={value}>
              <input
                type="radio"
                id={`prefs-alerts-${value}`}
                name="moderationAlerts"
                value={value}
                defaultChecked={alerts === value}
              />{" "}
              <label htmlFor={`prefs-alerts-${value}`}>{t[`mailPrefs.alerts.${value}`]}</label>
            </p>
          ))}
          {alertsAll !== null ? (
            <p>
              <input type="checkbox" id="prefs-alerts-all" name="moderationAlertsAll" defaultChecked={alertsAll} />{" "}
              <label htmlFor="prefs-alerts-all">{t["mailPrefs.alertsAll"]}</label>
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <SubmitButton label={t["mailPrefs.save"]} variant="secondary" />
    </form>
  );
}
