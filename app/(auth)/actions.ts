"use server";
import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signInMethods } from "@/auth";
import {
  forgotPasswordSchema,
  magicLinkSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
} from "@/lib/auth-schemas";
import { safeCallbackUrl } from "@/lib/callback-url";
import { defineAction } from "@/server/http/action";
import { requestPasswordReset, resetPassword } from "@/server/accounts/password-reset";
import { confirmEmail } from "@/server/accounts/email-confirmation";
import { reserveMailLink, signInBlockedFor } from "@/server/accounts/rate-limit";
import { mayUseMagicLink, registerUser } from "@/server/accounts/sign-in";
import { signInErrorMessage } from "./sign-in-errors";

const withCallback = { callbackUrl: z.string().optional() };

export const signInAction = defineAction({
  name: "sign-in",
  schema: signInSchema.extend(withCallback),
  access: "public",
  keep: ["email"],
  async run(input, { t, address }) {
    const values = { email: input.email };
    // Refuse early with the wait time; the Credentials provider enforces the same limits.
    const minutes = await signInBlockedFor(input.email, address);
    if (minutes !== null) return { message: t("errors.tooManyAttempts", { minutes }), values };
    try {
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirectTo: safeCallbackUrl(input.callbackUrl),
      });
    } catch (error) {
      if (error instanceof CredentialsSignin)
        return { message: signInErrorMessage("CredentialsSignin", error.code), values };
      throw error;
    }
  },
});

export const signUpAction = defineAction({
  name: "sign-up",
  schema: signUpSchema.extend(withCallback),
  access: "public",
  keep: ["name", "email"],
  async run(input, { address }) {
    await registerUser(input, address);
    // New address or one with an account already: the same answer (server/accounts/sign-in.ts), so no
    // session here; the new reader signs in once, as the owner of the existing one would.
    const callbackUrl = safeCallbackUrl(input.callbackUrl);
    redirect(`/signin?registered=1${callbackUrl === "/" ? "" : `&callbackUrl=${encodeURIComponent(callbackUrl)}`}`);
  },
});

export const magicLinkAction = defineAction({
  name: "magic-link",
  schema: magicLinkSchema.extend(withCallback),
  access: "public",
  keep: ["email"],
  async run(input, { t, address }) {
    // Counted for every address, known or not: the limit tells nothing about accounts.
    const minutes = await reserveMailLink("magic", input.email, address);
    if (minutes !== null) return { message: t("errors.tooManyMailLinks", { minutes }), values: { email: input.email } };
    // Unknown and banned addresses get the same answer as everyone else, and no mail.
    if (!signInMethods.magicLink || !(await mayUseMagicLink(input.email))) redirect("/signin/check-email");
    await signIn("nodemailer", { email: input.email, redirectTo: safeCallbackUrl(input.callbackUrl), redirect: false });
    redirect("/signin/check-email");
  },
});

export const forgotPasswordAction = defineAction({
  name: "forgot-password",
  schema: forgotPasswordSchema,
  access: "public",
  keep: ["email"],
  async run(input, { address }) {
    await requestPasswordReset(input.email, address);
    redirect("/signin/forgot?sent=1");
  },
});

export const resetPasswordAction = defineAction({
  name: "reset-password",
  schema: resetPasswordSchema,
  access: "public",
  fieldErrors: {},
  async run(input) {
    await resetPassword(input.token, input.password);
    redirect("/signin?reset=1");
  },
});

export const confirmEmailAction = defineAction({
  name: "confirm-email",
  schema: z.object({ token: z.string().min(1).max(200) }),
  access: "public",
  async run(input) {
    const { changed } = await confirmEmail(input.token);
    redirect(`/signup/confirm?done=${changed ? "changed" : "1"}`);
  },
});

const oauthProvider = z.enum(["github", "google"]);

const oauthSignIn = defineAction({
  name: "oauth-sign-in",
  schema: z.object({}),
  access: "public",
  async run(_input, _ctx, provider: unknown, callbackUrl: unknown) {
    const id = oauthProvider.parse(provider);
    if (!signInMethods[id]) redirect("/signin");
    await signIn(id, { redirectTo: safeCallbackUrl(callbackUrl) });
  },
});

/** A plain form per provider (bound: provider, callback URL); signIn answers with a redirect. */
export async function oauthSignInAction(provider: unknown, callbackUrl: unknown, formData: FormData): Promise<void> {
  await oauthSignIn(provider, callbackUrl, {}, formData);
}
