// The full Auth.js configuration: the Drizzle adapter, the password sign-in and the optional
// providers (GitHub, Google, magic link by email), each switched on by its environment variables.
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import Nodemailer from "next-auth/providers/nodemailer";
import { db } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { safeCallbackUrl } from "@/lib/callback-url";
import { normaliseEmail } from "@/lib/email";
import { authConfig } from "./auth.config";
import { signInSchema } from "@/lib/auth-schemas";
import { clientAddress } from "./server/http/client-address";
import { assertServerEnv } from "./server/http/env";
import { isAppError, logError } from "./server/http/errors";
import { sendMagicLink } from "./server/site/mail";
import { markEmailConfirmed } from "./server/accounts/email-confirmation";
import { publicOrigin } from "./server/http/public-origin";
import {
  authenticateWithPassword,
  bumpSessionVersion,
  getSessionUser,
  getSessionUserByEmail,
  mayUseMagicLink,
} from "./server/accounts/sign-in";

assertServerEnv();

/** Which sign-in methods are switched on; the sign-in page shows buttons only for these. */
export const signInMethods = {
  ...env().oauth,
  magicLink: env().mail !== null,
};

/**
 * The failure reason travels as the error's `code` (Auth.js puts it in the redirect URL):
 * "credentials" for unknown email and wrong password alike, "banned", or "rate_limited:<minutes>".
 */
class SignInFailed extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const providers: NextAuthConfig["providers"] = [
  Credentials({
    credentials: { email: {}, password: {} },
    async authorize(credentials, request) {
      const input = signInSchema.safeParse(credentials);
      if (!input.success) throw new SignInFailed("credentials");
      try {
        const user = await authenticateWithPassword(
          input.data.email,
          input.data.password,
          clientAddress(request.headers),
        );
        return {
          id: user.id,
          name: user.name,
          email: user.email,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      } catch (error) {
        logError("sign-in", error);
        if (!isAppError(error)) throw error;
        if (error.kind === "rate_limited") throw new SignInFailed(`rate_limited:${error.values.minutes}`);
        if (error.publicKey === "errors.banned") throw new SignInFailed("banned");
        throw new SignInFailed("credentials");
      }
    },
  }),
];
if (signInMethods.github) providers.push(GitHub);
if (signInMethods.google) providers.push(Google);
if (signInMethods.magicLink) {
  providers.push(
    Nodemailer({
      server: env().mail?.smtpUrl,
      from: env().mail?.from,
      maxAge: 24 * 60 * 60,
      normalizeIdentifier(identifier) {
        const result = normaliseEmail(identifier);
        if (!result.ok) throw new Error(`invalid email for magic link: ${result.error}`);
        return result.email;
      },
      sendVerificationRequest: sendMagicLink,
    }),
  );
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  adapter: DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  providers,
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ user, account, email }) {
      if (account?.provider === "credentials") return true; // authenticateWithPassword checked everything
      if (account?.provider === "nodemailer") {
        // Only existing, unbanned accounts get a link. Asking for one looks the same either
        // way ("check your inbox"), so the form does not reveal which addresses have accounts.
        const allowed = user.email ? await mayUseMagicLink(user.email) : false;
        if (allowed) return true;
        return email?.verificationRequest ? "/signin/check-email" : "/signin?error=banned";
      }
      // OAuth: a banned account stays banned whichever way it signs in. New OAuth users become readers.
      const existing = user.email ? await getSessionUserByEmail(user.email) : null;
      if (existing?.banned) return "/signin?error=banned";
      return true;
    },
    async jwt({ token, user }) {
      // At sign-in (`user` is set) the token takes the account's current session version.
      if (user?.id) {
        const state = await getSessionUser(user.id);
        if (state) {
          token.sub = state.id;
          token.name = state.name;
          token.role = state.role;
          token.sv = state.sessionVersion;
        }
        return token;
      }
      // Every later read (GET /api/auth/session, auth()): a token from before a sign-out, a
      // password change or a ban is no session, as in server/accounts/session.ts. null makes Auth.js
      // answer `null` and clear the cookie instead of echoing name, email, id and role.
      const state = token.sub ? await getSessionUser(token.sub) : null;
      return state && state.sessionVersion === token.sv ? token : null;
    },
    // Only same-site paths (lib/callback-url.ts). An absolute URL counts as same-site when it
    // is on this request's origin or the configured public one.
    redirect({ url, baseUrl }) {
      const origin = publicOrigin() ?? new URL(baseUrl).origin;
      let path = url;
      if (!url.startsWith("/")) {
        try {
          const target = new URL(url);
          path = [origin, new URL(baseUrl).origin].includes(target.origin)
            ? `${target.pathname}${target.search}${target.hash}`
            : "/";
        } catch {
          path = "/";
        }
      }
      return `${origin}${safeCallbackUrl(path)}`;
    },
  },
  logger: {
    // A failed password sign-in is an expected outcome, logged by server/accounts/sign-in.ts without a stack.
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin") return;
      // An undecodable session cookie (expired secret, tampering) is the visitor's problem, not
      // ours: one line, no stack, so that a flood of them cannot flood the log or slow pages.
      if (type === "JWTSessionError") return logger.warn({ where: "auth", type }, "invalid session cookie ignored");
      logger.error({ where: "auth", type, err: error }, "auth error");
    },
  },
  events: {
    // An emailed sign-in link proves the address (Auth.js sets email_verified itself), and OAuth
    // providers vouch for theirs: either confirms it and releases the comments kept for that.
    async signIn({ user, account }) {
      if (account && account.provider !== "credentials" && user.id) await markEmailConfirmed(user.id);
    },
    // A copied session cookie must stop working once its owner signs out.
    async signOut(message) {
      const id = "token" in message ? message.token?.sub : undefined;
      if (id) await bumpSessionVersion(id);
    },
  },
});
