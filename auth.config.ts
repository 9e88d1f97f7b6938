// The part of the Auth.js configuration that proxy.ts can load: no database, no argon2.
// The full configuration (adapter, providers) is in auth.ts.
import type { NextAuthConfig } from "next-auth";

// Coarse, early redirect only: every protected page, action and route handler checks the
// caller itself (server/accounts/session.ts), against the database.
const PROTECTED = /^\/(dashboard|account)(\/|$)/;

export const authConfig = {
  pages: { signIn: "/signin", error: "/signin", verifyRequest: "/signin/check-email" },
  // The adapter stores users and OAuth accounts; sessions are JWTs (Credentials requires it).
  session: { strategy: "jwt" },
  providers: [],
  callbacks: {
    authorized({ auth, request: { nextUrl } }) {
      if (!PROTECTED.test(nextUrl.pathname) || auth?.user) return true;
      const signIn = new URL("/signin", nextUrl);
      signIn.searchParams.set("callbackUrl", `${nextUrl.pathname}${nextUrl.search}`);
      return Response.redirect(signIn);
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.user.role = token.role ?? "reader";
      session.sessionVersion = token.sv ?? -1;
      return session;
    },
  },
} satisfies NextAuthConfig;
