"use client";
import { useActionState } from "react";
import { BAN_REASON_MAX_LENGTH } from "@/lib/limits";
import { Field, FormMessage } from "@/components/auth/field";
import styles from "@/components/auth/forms.module.css";
import { SubmitButton } from "@/components/auth/submit-button";
import type { Role } from "@/db/schema";
import { initialFormState } from "@/lib/form-state";
import type { Texts } from "@/lib/i18n";
import type { FormState } from "@/lib/form-state";

export type UsersTexts = Texts<"users.">;

type BoundAction = (state: FormState, formData: FormData) => Promise<FormState>;
// The actions come bound to the user's id from the server component (page.tsx).
type Props = {
  t: UsersTexts;
  userId: string;
  role: Role;
  banned: boolean;
  isSelf: boolean;
  actions: { changeRole: BoundAction; ban: BoundAction; unban: BoundAction };
};
const ROLES: Role[] = ["reader", "author", "admin"];

export function UserForms({ t, userId, role, banned, isSelf, actions }: Props) {
  const [roleState, roleAction] = useActionState(actions.changeRole, initialFormState);
  const [banState, banAction] = useActionState(actions.ban, initialFormState);
  const [unbanState, unbanAction] = useActionState(actions.unban, initialFormState);
  const roleId = `role-${userId}`;
  // A successful ban or unban re-renders the row with the other form, so the confirmation
  // lives outside both: the form that ran is no longer there to show it.
  const banOutcome = banned
    ? banState.ok
      ? banState.message
      : undefined
    : unbanState.ok
      ? unbanState.message
      : undefined;
  return (
    <div className={styles.form}>
      <form action={roleAction} className={styles.inline} aria-label={t["users.changeRole"]}>
        <label htmlFor={roleId}>{t["users.role"]}</label>
        <select id={roleId} name="role" defaultValue={role}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t[`users.roles.${r}`]}
            </option>
          ))}
        </select>
        <SubmitButton label={t["users.changeRole"]} variant="secondary" />
        <FormMessage message={roleState.message} ok={roleState.ok} />
      </form>
      {isSelf ? null : banned ? (
        <form action={unbanAction} aria-label={t["users.unban"]}>
          <SubmitButton label={t["users.unban"]} variant="secondary" />
          <FormMessage message={unbanState.ok ? undefined : unbanState.message} />
        </form>
      ) : (
        <form action={banAction} className={styles.inline} aria-label={t["users.ban"]} noValidate>
          <Field
            id={`ban-reason-${userId}`}
            name="reason"
            label={t["users.banReason"]}
            required
            maxLength={BAN_REASON_MAX_LENGTH}
            defaultValue={banState.values?.reason}
            errors={banState.errors?.reason}
          />
          <SubmitButton label={t["users.ban"]} variant="danger" />
          <FormMessage message={banState.ok ? undefined : banState.message} />
        </form>
      )}
      {isSelf ? null : <FormMessage message={banOutcome} ok />}
    </div>
  );
}
