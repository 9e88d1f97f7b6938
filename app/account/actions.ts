"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/auth";
import { changeNameSchema, changePasswordSchema, deleteAccountSchema } from "@/lib/auth-schemas";
import { defineAction } from "@/server/http/action";
import { MODERATION_ALERTS, saveMailPreferences, type ModerationAlerts } from "@/server/mail/preferences";
import { z } from "zod";
import { changeDisplayName, changePassword, deleteAccount } from "@/server/accounts/account";
import { requestEmailChange, resendEmailConfirmation } from "@/server/accounts/email-confirmation";
import { emailField } from "@/lib/auth-schemas";
import { PASSWORD_MAX_LENGTH } from "@/lib/password-policy";
import { changeBio } from "@/server/accounts/profile";

export const changeNameAction = defineAction({
  name: "change-name",
  schema: changeNameSchema,
  access: "user",
  keep: ["name"],
  async run(input, { user, t }) {
    await changeDisplayName(user, input.name);
    revalidatePath("/", "layout");
    return { ok: true, message: t("account.nameSaved"), values: { name: input.name } };
  },
});

export const changePasswordAction = defineAction({
  name: "change-password",
  schema: changePasswordSchema,
  access: "user",
  fieldErrors: { "errors.currentPasswordWrong": "currentPassword" },
  async run(input, { user }) {
    await changePassword(user, input.currentPassword, input.newPassword);
    // The version bump ended every session, this one too; sign this browser in again with
    // the new password so only the *other* sessions stay signed out.
    if (!user.email) redirect("/signin?callbackUrl=/account");
    await signIn("credentials", { email: user.email, password: input.newPassword, redirect: false });
    redirect("/account?changed=password");
  },
});

export const deleteAccountAction = defineAction({
  name: "delete-account",
  schema: deleteAccountSchema,
  access: "user",
  fieldErrors: { "errors.currentPasswordWrong": "password" },
  async run(input, { user }) {
    await deleteAccount(user, { comments: input.comments, password: input.password });
    await signOut({ redirectTo: "/" });
  },
});

export const mailPreferencesAction = defineAction({
  name: "mail-preferences",
  schema: z.object({
    notifyReplies: z.string().optional(),
    // Absent (readers have no such field) arrives as "": nothing to change.
    moderationAlerts: z.union([z.literal(""), z.enum(MODERATION_ALERTS as [ModerationAlerts, ...ModerationAlerts[]])]),
    moderationAlertsAll: z.string().optional(),
  }),
  access: "user",
  async run(input, { user, t }) {
    await saveMailPreferences(user, {
      notifyReplies: input.notifyReplies === "on",
      moderationAlerts: input.moderationAlerts || undefined,
      moderationAlertsAll: input.moderationAlertsAll === "on",
    });
    return { ok: true, message: t("mailPrefs.saved") };
  },
});

export const changeEmailAction = defineAction({
  name: "change-email",
  schema: z.object({
    email: emailField,
    password: z.string().max(PASSWORD_MAX_LENGTH, "passwordTooLong").optional().default(""),
  }),
  access: "user",
  keep: ["email"],
  fieldErrors: { "errors.currentPasswordWrong": "password", "errors.emailUnchanged": "email" },
  async run(input, { user, t, address }) {
    await requestEmailChange(user, input, address);
    // The same answer whether or not the address has an account elsewhere (no mail then).
    return { ok: true, message: t("account.emailChangeSent", { email: input.email }) };
  },
});

export const resendConfirmationAction = defineAction({
  name: "resend-confirmation",
  schema: z.object({}),
  access: "user",
  async run(_input, { user, t, address }) {
    await resendEmailConfirmation(user, address);
    return { ok: true, message: t("account.emailResent") };
  },
});

// Authors and admins only (readers have no author page); the length is checked on the
// normalised text by changeBio, which names the limit in its message.
export const changeBioAction = defineAction({
  name: "change-bio",
  schema: z.object({ bio: z.string() }),
  access: ["author", "admin"],
  keep: ["bio"],
  keepMaxLength: 100_000,
  fieldErrors: { "account.bioTooLong": "bio" },
  async run(input, { user, t }) {
    const bio = await changeBio(user, input.bio);
    return { ok: true, message: t("account.bioSaved"), values: { bio } };
  },
});
