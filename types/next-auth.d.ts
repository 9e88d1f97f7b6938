import type { DefaultSession } from "next-auth";
import type { Role } from "@/db/schema";

// The session's role and version are what the user had when signing in; server/accounts/session.ts
// re-reads both from the database on every request and trusts the database.
declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
    sessionVersion: number;
  }
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: Role;
    sv?: number;
  }
}
