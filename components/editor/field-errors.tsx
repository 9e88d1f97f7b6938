import styles from "@/components/auth/forms.module.css";

/** A field's errors, announced politely; the field names this id in aria-describedby. */
export function Errors({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} className={styles.error} aria-live="polite">
      {errors?.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}
