// A labelled input with its hint and errors wired up for assistive technology.
import styles from "./forms.module.css";

type FieldProps = {
  id: string;
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "search";
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  autoComplete?: string;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
};

export function Field({
  id,
  name,
  label,
  type = "text",
  defaultValue,
  errors,
  hint,
  autoComplete,
  required,
  minLength,
  maxLength,
}: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasErrors = Boolean(errors?.length);
  const describedBy = [hint ? hintId : null, hasErrors ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        minLength={minLength}
        maxLength={maxLength}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy}
      />
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      <div id={errorId} className={styles.error} aria-live="polite">
        {errors?.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
    </div>
  );
}

/** The form-wide message (errors not tied to one field, and confirmations). */
export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  return (
    <div role={ok ? "status" : "alert"} aria-live="polite" className={ok ? styles.success : styles.formError}>
      {message ? <p>{message}</p> : null}
    </div>
  );
}
