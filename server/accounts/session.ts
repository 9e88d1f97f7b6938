import "server-only";
import { eq, sql } from "drizzle-orm";
import { forbidden as nextForbidden, notFound as nextNotFound, redirect } from "next/navigation";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/db/client";
import { users, type Role } from "@/db/schema";
import { AppError, forbidden, isAppError, unauthorized } from "@/server/http/errors";
import { readSessionToken } from "@/server/accounts/session-token";

// What pages, actions and route handlers know about the caller. Never the email's hash or the password hash.
export type CurrentUser = {
  id: string;
  name: string | null;
  email: string | null;
  role: Role;
  banned: boolean;
  hasPassword: boolean;
};

// Read on every signed-in request: prepared once per connection (one round trip, not two).
const sessionUser = db
  .select({
    id: users.id,
    name: users.name,
    email: users.email,
    role: users.role,
    bannedAt: users.bannedAt,
    passwordHash: users.passwordHash,
    sessionVersion: users.sessionVersion,
  })
  .from(users)
  .where(eq(users.id, sql.placeholder("id")))
  .prepare("session_user");

/**
 * The signed-in user, once per request. The JWT only says who signed in and with which
 * session version; role, ban and version come from the database, so a demotion, a ban or a
 * sign-out elsewhere take effect on the very next request.
 */
const readCaller = cache(async (): Promise<{ user: CurrentUser | null; endedByBan: boolean }> => {
  const requestHeaders = await headers();
  const session = await readSessionToken(requestHeaders.get("cookie") ?? "", requestHeaders.get("x-forwarded-proto"));
  if (!session) return { user: null, endedByBan: false };
  const [row] = await sessionUser.execute({ id: session.userId });
  if (!row) return { user: null, endedByBan: false };
  // A ban ends the session (it bumps the version); the banned user is told why, not asked to sign in.
  if (row.sessionVersion !== session.sessionVersion) return { user: null, endedByBan: row.bannedAt !== null };
  const user = {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    banned: row.bannedAt !== null,
    hasPassword: row.passwordHash !== null,
  };
  return { user, endedByBan: false };
});

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => (await readCaller()).user);

/** Whether the caller's session was ended by a ban: forms open to anonymous visitors refuse them too. */
export async function bannedCaller(): Promise<boolean> {
  const { user, endedByBan } = await readCaller();
  return endedByBan || Boolean(user?.banned);
}

/** The caller, who must be signed in and not banned (a banned user may neither comment nor moderate). */
export async function requireUser(): Promise<CurrentUser> {
  const { user, endedByBan } = await readCaller();
  // Pages send the visitor to sign in, where the ban is explained; a form posted from a page
  // left open says why it was refused, and an endpoint answers 403.
  if (endedByBan) throw new AppError("banned", "errors.banned", "session ended by a ban");
  if (!user) throw unauthorized("no valid session");
  if (user.banned) throw forbidden("errors.banned", `banned user ${user.id}`);
  return user;
}

export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role))
    throw forbidden("errors.forbidden", `user ${user.id} (${user.role}) needs ${roles.join("/")}`);
  return user;
}

/**
 * For pages: turns the domain's errors into Next's answers — sign-in redirect (401), the
 * not-found page (404) or the forbidden page with HTTP 403.
 */
export async function guardPage<T>(check: () => Promise<T>, path: string): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.kind === "unauthorized" || error.kind === "banned")
      redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
    if (error.kind === "not_found") nextNotFound();
    if (error.kind === "forbidden") nextForbidden();
    throw error;
  }
}
