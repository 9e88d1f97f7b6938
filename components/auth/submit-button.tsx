"use client";
import { useFormStatus } from "react-dom";
import styles from "./forms.module.css";

/** Disabled with a "…" label while its form is submitting (with JavaScript; without, the browser shows progress). */
export function SubmitButton({
  label,
  pendingLabel,
  variant = "button",
  name,
  value,
  pending: busy = false,
}: {
  label: string;
  pendingLabel?: string;
  variant?: "button" | "secondary" | "danger";
  /** For forms with several buttons: the pressed one is posted as name=value. */
  name?: string;
  value?: string;
  /** Busy although React's form status does not know it (an action started by hand). */
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = status.pending || busy;
  return (
    <button
      type="submit"
      className={styles[variant]}
      disabled={pending}
      aria-disabled={pending}
      name={name}
      value={value}
    >
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
