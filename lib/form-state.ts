// The state every form action returns (and useActionState holds). `values` echo what the
// user typed so a failed submission keeps it — never passwords.
export type FormState<F extends string = string> = {
  errors?: Partial<Record<F, string[]>>;
  message?: string;
  ok?: boolean;
  values?: Partial<Record<F, string>>;
};

export const initialFormState: FormState = {};
