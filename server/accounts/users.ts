import "server-only";
import { asc, eq, ilike, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { users, type Role } from "@/db/schema";
import { logActivity, type ActivityAction } from "@/server/activity/activity-log";
import { forbidden, notFound } from "@/server/http/errors";
import type { CurrentUser } from "@/server/accounts/session";

export type UserListItem = {
  id: string;
  name: string | null;
  email: string | null;
  role: Role;
  bannedAt: Date | null;
  banReason: string | null;
  createdAt: Date;
};

const PAGE_SIZE = 100;

function assertAdmin(actor: CurrentUser) {
  if (actor.role !== "admin" || actor.banned) throw forbidden("errors.forbidden", `user ${actor.id} is not an admin`);
}

/** Users whose name or email contains `query` (case-insensitive), by name. */
export async function listUsers(actor: CurrentUser, query = ""): Promise<UserListItem[]> {
  assertAdmin(actor);
  const q = query.trim().slice(0, 100);
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      bannedAt: users.bannedAt,
      banReason: users.banReason,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(q ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined)
    .orderBy(asc(sql`lower(coalesce(${users.name}, ${users.email}))`), asc(users.id))
    .limit(PAGE_SIZE);
}

// Role changes and bans run in one transaction with their audit row. A ban also bumps the
// session version, which ends every session of that user on their next request.
async function updateUser(
  actor: CurrentUser,
  userId: string,
  change: PgUpdateSetSource<typeof users>,
  action: ActivityAction,
  note: string,
) {
  assertAdmin(actor);
  await db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!target) throw notFound(`user ${userId}`);
    await tx.update(users).set(change).where(eq(users.id, userId));
    await logActivity(tx, {
      actorId: actor.id,
      action,
      subject: { type: "user", id: userId, label: target.name ?? target.email },
      note,
    });
  });
}

export async function changeUserRole(actor: CurrentUser, userId: string, role: Role): Promise<void> {
  assertAdmin(actor);
  if (userId === actor.id && role !== "admin")
    throw forbidden("users.cannotDemoteSelf", `admin ${actor.id} tried to demote themselves`);
  await updateUser(actor, userId, { role }, "user.role", `role → ${role}`);
}

export async function banUser(actor: CurrentUser, userId: string, reason: string): Promise<void> {
  assertAdmin(actor);
  if (userId === actor.id) throw forbidden("users.cannotBanSelf", `admin ${actor.id} tried to ban themselves`);
  await updateUser(
    actor,
    userId,
    { bannedAt: new Date(), banReason: reason, sessionVersion: sql`${users.sessionVersion} + 1` },
    "user.ban",
    reason,
  );
}

export async function unbanUser(actor: CurrentUser, userId: string): Promise<void> {
  await updateUser(actor, userId, { bannedAt: null, banReason: null }, "user.unban", "ban lifted");
}
