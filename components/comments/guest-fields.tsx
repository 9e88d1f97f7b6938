import type { CommentFormState } from "@/lib/comment-form-state";
import { GUEST_EMAIL_MAX_LENGTH, GUEST_NAME_MAX_LENGTH, GUEST_URL_MAX_LENGTH } from "@/lib/limits";

export type GuestFieldLabels = { name: string; email: string; emailHint: string; url: string; trap: string };

type Field = "name" | "email" | "url";

/**
 * Name, email and website for a comment without an account, plus the honeypot. Rendered the
 * same for every anonymous reader (the page is shared and cached): nothing here is personal
 * until a failed post comes back with what she typed.
 */
export function GuestFields({
  labels,
  state,
  idPrefix,
}: {
  labels: GuestFieldLabels;
  state: CommentFormState;
  idPrefix: string;
}) {
  const fields: { name: Field; label: string; type: string; max: number; required: boolean; hint?: string }[] = [
    { name: "name", label: labels.name, type: "text", max: GUEST_NAME_MAX_LENGTH, required: true },
    {
      name: "email",
      label: labels.email,
      type: "email",
      max: GUEST_EMAIL_MAX_LENGTH,
      required: true,
      hint: labels.emailHint,
    },
    { name: "url", label: labels.url, type: "url", max: GUEST_URL_MAX_LENGTH, required: false },
  ];
  return (
    <>
      {fields.map((f) => {
        const id = `${idPrefix}-${f.name}`;
        const errors = state.errors?.[f.name];
        const describedBy = [errors ? `${id}-error` : null, f.hint ? `${id}-hint` : null].filter(Boolean).join(" ");
        return (
          <p key={f.name} className="comment-form__field">
            <label htmlFor={id} className="comment-form__label">
              {f.label}
              {f.required ? " *" : ""}
            </label>{" "}
            <input
              id={id}
              name={f.name}
              type={f.type}
              maxLength={f.max}
              required={f.required}
              autoComplete={f.name === "name" ? "name" : f.name}
              defaultValue={state.values?.[f.name] ?? ""}
              aria-invalid={errors ? true : undefined}
              aria-describedby={describedBy || undefined}
            />
            {f.hint && (
              <span id={`${id}-hint`} className="comment-form__hint">
                {" "}
                {f.hint}
              </span>
            )}
            {errors && (
              <span id={`${id}-error`} className="form-error" aria-live="polite">
                {" "}
                {errors.join(" ")}
              </span>
            )}
          </p>
        );
      })}
      <div className="comment-form__trap" aria-hidden="true">
        <label htmlFor={`${idPrefix}-homepage`}>{labels.trap}</label>
        <input
          id={`${idPrefix}-homepage`}
          name="homepage"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
    </>
  );
}
