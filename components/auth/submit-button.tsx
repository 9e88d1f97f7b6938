"use client";
import { useFormStatus } from "react-dom";
import styles from "./forms.module.css";

/** Disabled with a "…" label while its form is submitting (with JavaScript; without, the browser shows progress). */
export function SubmitButton({ label, pendingLabel, variant = "button" }: { label: string; pendingLabel?: string; variant?: "button" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={styles[variant]} disabled={pending} aria-disabled={pending}>
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
