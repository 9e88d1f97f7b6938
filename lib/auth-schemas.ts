// Form schemas of sign-in, sign-up and the account page. Issue messages are keys of the
// `errors.*` messages of the catalogue (lib/i18n), so the same schema serves every language.
import { z } from "zod";
import { normaliseEmail } from "./email";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-policy";

import { BAN_REASON_MAX_LENGTH, NAME_MAX_LENGTH } from "./limits";

export { BAN_REASON_MAX_LENGTH, NAME_MAX_LENGTH };

export const emailField = z.string().transform((raw, ctx) => {
  const result = normaliseEmail(raw);
  if (result.ok) return result.email;
  ctx.addIssue({ code: "custom", message: result.error });
  return z.NEVER;
});

export const newPasswordField = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "passwordTooShort")
  .max(PASSWORD_MAX_LENGTH, "passwordTooLong");

const nameField = z.string().trim().min(1, "nameRequired").max(NAME_MAX_LENGTH, "nameTooLong");

export const signUpSchema = z.object({ name: nameField, email: emailField, password: newPasswordField });
export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "passwordRequired").max(PASSWORD_MAX_LENGTH, "passwordTooLong"),
});
export const magicLinkSchema = z.object({ email: emailField });
export const forgotPasswordSchema = z.object({ email: emailField });
export const resetPasswordSchema = z.object({ token: z.string().min(1).max(200), password: newPasswordField });
export const changeNameSchema = z.object({ name: nameField });
export const changePasswordSchema = z.object({
  currentPassword: z.string().max(PASSWORD_MAX_LENGTH, "passwordTooLong").optional().default(""),
  newPassword: newPasswordField,
});
export const deleteAccountSchema = z.object({
  comments: z.enum(["keep", "remove"]),
  confirm: z.literal("yes", "deleteConfirmRequired"),
  password: z.string().max(PASSWORD_MAX_LENGTH, "passwordTooLong").optional().default(""),
});
export const roleSchema = z.object({ role: z.enum(["reader", "author", "admin"]) });
export const banSchema = z.object({
  reason: z.string().trim().min(1, "users.banReasonRequired").max(BAN_REASON_MAX_LENGTH),
});
