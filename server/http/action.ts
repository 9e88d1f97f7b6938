import "server-only";
import { headers } from "next/headers";
import { forbidden as nextForbidden, notFound as nextNotFound, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { Role } from "@/db/schema";
import type { FormState } from "@/lib/form-state";
import { t, translate } from "@/lib/i18n";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/password-policy";
import { NAME_MAX_LENGTH } from "@/lib/auth-schemas";
import { clientAddress } from "@/server/http/client-address";
import { isAppError, logError } from "@/server/http/errors";
import { getCurrentUser, requireRole, requireUser, type CurrentUser } from "@/server/accounts/session";

/** `values`: the kept fields as posted, for a `run` that answers with the form as typed (e.g. a preview). */
export type ActionContext<U> = { user: U; t: typeof t; address: string; values: Record<string, string> };

type Options<S extends z.ZodType<Record<string, unknown>>, U, B extends unknown[]> = {
  name: string;
  schema: S;
  /** Who may call: anyone, any signed-in unbanned user, or these roles. Checked first, on every call. */
  access: "public" | "user" | Role[];
  /** Fields whose submitted text is sent back on failure. Never list a password. */
  keep?: string[];
  /** How much of each kept field is sent back (500 characters unless a form needs its long texts kept whole). */
  keepMaxLength?: number;
  /** Domain errors (by message key) that belong next to a field rather than above the form. */
  fieldErrors?: Record<string, string>;
  /** Fields the user never sees (ids, keys): an invalid one means a stale or forged form, said above the form. */
  hiddenFields?: string[];
  /** This form's own wording for some errors: error key → message key (see ErrorWording). */
  messages?: ErrorWording;
  /**
   * For forms acting on one addressed record (moderation): a missing record answers Next's
   * 404 page and one out of the caller's scope its 403 page, also to a replayed raw POST.
   */
  statusPages?: boolean;
  run: (input: z.output<S>, ctx: ActionContext<U>, ...bound: B) => Promise<FormState | void>;
};

const LIMITS = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

/**
 * Message keys a form or endpoint shows instead of an error's own, by the error's key (e.g.
 * the comment form's "errors.banned" → "commentError.banned"); `unexpected` for a failure
 * that is no AppError (the database down, a bug).
 */
export type ErrorWording = Record<string, string>;

/** The user-facing text of any failure, in the site's language. */
export function errorMessage(error: unknown, messages: ErrorWording = {}): string {
  if (!isAppError(error)) return translate(messages.unexpected ?? "errors.unexpected");
  return translate(messages[error.publicKey] ?? error.publicKey, error.values);
}

/** The one mapping of a failure to a form's state: logged, worded, next to its field or above the form, the typed values kept. */
export function toFormState(
  where: string,
  error: unknown,
  options: { values?: Record<string, string>; fieldErrors?: Record<string, string>; messages?: ErrorWording } = {},
): FormState {
  logError(where, error);
  const values = options.values ?? {};
  const text = errorMessage(error, options.messages);
  const field = isAppError(error) ? options.fieldErrors?.[error.publicKey] : undefined;
  return field ? { errors: { [field]: [text] }, values } : { message: text, values };
}

/**
 * The one wrapper for form actions: resolves the caller (401/403 before anything else),
 * parses the FormData with zod, runs the domain call and turns every outcome into FormState.
 * Redirects from `run` pass through. Bound arguments (ids via `.bind(null, id)`) come first.
 */
export function defineAction<S extends z.ZodType<Record<string, unknown>>, B extends unknown[] = [], U = CurrentUser>(
  options: Options<S, U, B>,
): (...args: [...B, FormState, FormData]) => Promise<FormState> {
  return async (...args) => {
    const formData = args[args.length - 1] as FormData;
    const bound = args.slice(0, -2) as B;
    const values: Record<string, string> = {};
    for (const field of options.keep ?? []) {
      const v = formData.get(field);
      if (typeof v === "string") values[field] = v.slice(0, options.keepMaxLength ?? 500);
    }
    try {
      const user =
        options.access === "public"
          ? await getCurrentUser()
          : options.access === "user"
            ? await requireUser()
            : await requireRole(...options.access);
      // A field missing from the post is an empty one: its "required" message then applies.
      const fields = options.schema instanceof z.ZodObject ? Object.keys(options.schema.shape) : [];
      // A field sent more than once (checkboxes of one name) arrives as an array.
      const sent = Object.fromEntries(
        [...new Set(formData.keys())].map((k) => {
          const all = formData.getAll(k);
          return [k, all.length > 1 ? all : all[0]];
        }),
      );
      const input = { ...Object.fromEntries(fields.map((f) => [f, ""])), ...sent };
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) {
        const errors: Record<string, string[]> = {};
        let message: string | undefined;
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? "form");
          const limits = field === "name" ? { ...LIMITS, max: NAME_MAX_LENGTH } : LIMITS;
          const key = issue.message.includes(".") ? issue.message : `errors.${issue.message}`;
          if (options.hiddenFields?.includes(field)) message = translate(key, limits);
          else (errors[field] ??= []).push(translate(key, limits));
        }
        return Object.keys(errors).length > 0 ? { errors, values, message } : { message, values };
      }
      const headerList = await headers();
      return (
        (await options.run(
          parsed.data,
          { user: user as U, t, address: clientAddress(headerList), values },
          ...bound,
        )) ?? { ok: true }
      );
    } catch (error) {
      unstable_rethrow(error);
      if (options.statusPages && isAppError(error)) {
        if (error.kind === "not_found") nextNotFound();
        if (error.kind === "forbidden") nextForbidden();
      }
      return toFormState(options.name, error, { values, fieldErrors: options.fieldErrors, messages: options.messages });
    }
  };
}
