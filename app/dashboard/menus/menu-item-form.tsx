"use client";
import { startTransition, useActionState } from "react";
import { Field, FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import type { FormState } from "@/lib/form-state";

type Option = { value: string; label: string };
type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  texts: Record<"label" | "target" | "url" | "urlHint" | "menu" | "header" | "footer" | "submit" | "external", string>;
  groups: { label: string; options: Option[] }[];
  initial: { menu: string; label: string; target: string; url: string };
  idPrefix: string;
};

/** Adds or edits a menu item: label, menu, and a target (category, page, article or external address). */
export function MenuItemForm({ action, texts, groups, initial, idPrefix }: Props) {
  const [state, runAction] = useActionState(action, {});
  const v = state.values ?? initial;
  const err = state.errors ?? {};
  // Started by hand rather than by React's form handling, which resets the form afterwards and
  // so would put the selects back to their first choices after an error.
  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => runAction(data));
  }
  return (
    <form action={runAction} onSubmit={submit} className={styles.form} aria-labelledby={`${idPrefix}-heading`}>
      <FormMessage message={state.message} ok={state.ok} />
      <Field
        id={`${idPrefix}-label`}
        name="label"
        label={texts.label}
        defaultValue={v.label}
        errors={err.label}
        maxLength={80}
      />
      <div className={styles.field}>
        <label htmlFor={`${idPrefix}-menu`}>{texts.menu}</label>
        <select id={`${idPrefix}-menu`} name="menu" defaultValue={v.menu}>
          <option value="header">{texts.header}</option>
          <option value="footer">{texts.footer}</option>
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${idPrefix}-target`}>{texts.target}</label>
        <select
          id={`${idPrefix}-target`}
          name="target"
          defaultValue={v.target}
          aria-invalid={err.target ? true : undefined}
          aria-describedby={err.target ? `${idPrefix}-target-error` : undefined}
        >
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
          <option value="url">{texts.external}</option>
        </select>
        <div id={`${idPrefix}-target-error`} className={styles.error} aria-live="polite">
          {err.target?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </div>
      <Field
        id={`${idPrefix}-url`}
        name="url"
        label={texts.url}
        defaultValue={v.url}
        hint={texts.urlHint}
        errors={err.url}
        maxLength={500}
      />
      <SubmitButton label={texts.submit} />
    </form>
  );
}
