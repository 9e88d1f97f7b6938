import "server-only";
import { and, asc, desc, eq, inArray, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { moderationEvents, users } from "@/db/schema";
import { ACTIVITY_PAGE_SIZE } from "@/lib/limits";
import { forbidden } from "@/server/http/errors";
import type { CurrentUser } from "@/server/accounts/session";
import { ACTIVITY_ACTIONS, type ActivityAction, type SubjectType } from "./activity-log";

// The activity log for admins: newest first, by person and by action, paged by a keyset on the
// row id (ids grow with time; a page deep in a long log costs what the first one does).

export type ActivityFilter = { actorId: string | null; action: ActivityAction | null; before: number | null };

export type ActivityRow = {
  id: number;
  createdAt: Date;
  action: string;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  subjectType: SubjectType | null;
  subjectId: string | null;
  subjectLabel: string | null;
  note: string | null;
};

function assertAdmin(user: CurrentUser): void {
  if (user.role !== "admin")
    throw forbidden("errors.forbidden", `user ${user.id} (${user.role}) reads the activity log`);
}

export const isActivityAction = (value: string): value is ActivityAction =>
  (ACTIVITY_ACTIONS as readonly string[]).includes(value);

export async function listActivity(
  user: CurrentUser,
  filter: ActivityFilter,
): Promise<{ rows: ActivityRow[]; nextBefore: number | null }> {
  assertAdmin(user);
  const rows = await db
    .select({
      id: moderationEvents.id,
      createdAt: moderationEvents.createdAt,
      action: moderationEvents.action,
      actorId: moderationEvents.actorId,
      actorName: users.name,
      actorEmail: users.email,
      subjectType: moderationEvents.subjectType,
      subjectId: moderationEvents.subjectId,
      subjectLabel: moderationEvents.subjectLabel,
      note: moderationEvents.note,
    })
    .from(moderationEvents)
    .leftJoin(users, eq(users.id, moderationEvents.actorId))
    .where(
      and(
        filter.actorId ? eq(moderationEvents.actorId, filter.actorId) : undefined,
        filter.action ? eq(moderationEvents.action, filter.action) : undefined,
        filter.before ? lt(moderationEvents.id, filter.before) : undefined,
      ),
    )
    .orderBy(desc(moderationEvents.id))
    .limit(ACTIVITY_PAGE_SIZE + 1);
  const page = rows.slice(0, ACTIVITY_PAGE_SIZE) as ActivityRow[];
  return { rows: page, nextBefore: rows.length > ACTIVITY_PAGE_SIZE ? page[page.length - 1].id : null };
}

/** Who can appear in the filter: the people who moderate and publish (authors and admins). */
export async function listActivityPeople(user: CurrentUser): Promise<{ id: string; name: string }[]> {
  assertAdmin(user);
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(inArray(users.role, ["author", "admin"]))
    .orderBy(asc(users.name), asc(users.id));
  return rows.map((r) => ({ id: r.id, name: r.name ?? r.email ?? r.id }));
}
