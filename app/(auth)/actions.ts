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
import { fill } from "@/lib/i18n/auth";
import { formAction } from "@/server/http/action";
import { requestPasswordReset, resetPassword } from "@/server/accounts/password-reset";
import { reserveMailLink, signInBlockedFor } from "@/server/accounts/rate-limit";
import { mayUseMagicLink, registerUser } from "@/server/accounts/sign-in";
import { signInErrorMessage } from "./sign-in-errors";

const withCallback = { callbackUrl: z.string().optional() };

export const signInAction = formAction({
  name: "sign-in",
  schema: signInSchema.extend(withCallback),
  access: "public",
  keep: ["email"],
  async run(input, { t, address }) {
    const values = { email: input.email };
    // Refuse early with the wait time; the Credentials provider enforces the same limits.
    const minutes = await signInBlockedFor(input.email, address);
    if (minutes !== null) return { message: fill(t.errors.tooManyAttempts, { minutes }), values };
    try {
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirectTo: safeCallbackUrl(input.callbackUrl),
      });
    } catch (error) {
      if (error instanceof CredentialsSignin)
        return { message: signInErrorMessage(t, "CredentialsSignin", error.code), values };
      throw error;
    }
  },
});

export const signUpAction = formAction({
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

export const magicLinkAction = formAction({
  name: "magic-link",
  schema: magicLinkSchema.extend(withCallback),
  access: "public",
  keep: ["email"],
  async run(input, { t, address }) {
    // Counted for every address, known or not: the limit tells nothing about accounts.
    const minutes = await reserveMailLink("magic", input.email, address);
    if (minutes !== null)
      return { message: fill(t.errors.tooManyMailLinks, { minutes }), values: { email: input.email } };
    // Unknown and banned addresses get the same answer as everyone else, and no mail.
    if (!signInMethods.magicLink || !(await mayUseMagicLink(input.email))) redirect("/signin/check-email");
    await signIn("nodemailer", { email: input.email, redirectTo: safeCallbackUrl(input.callbackUrl), redirect: false });
    redirect("/signin/check-email");
  },
});

export const forgotPasswordAction = formAction({
  name: "forgot-password",
  schema: forgotPasswordSchema,
  access: "public",
  keep: ["email"],
  async run(input, { address }) {
    await requestPasswordReset(input.email, address);
    redirect("/signin/forgot?sent=1");
  },
});

export const resetPasswordAction = formAction({
  name: "reset-password",
  schema: resetPasswordSchema,
  access: "public",
  fieldErrors: {},
  async run(input) {
    await resetPassword(input.token, input.password);
    redirect("/signin?reset=1");
  },
});

const oauthProvider = z.enum(["github", "google"]);

export async function oauthSignInAction(provider: unknown, callbackUrl: unknown): Promise<void> {
  const id = oauthProvider.parse(provider);
  if (!signInMethods[id]) redirect("/signin");
  await signIn(id, { redirectTo: safeCallbackUrl(callbackUrl) });
}
