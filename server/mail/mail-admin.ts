import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { mailOutbox, type MailOutboxRow } from "@/db/schema";
import { getMailSettings } from "@/lib/site";
import { forbidden, notFound } from "@/server/http/errors";
import type { CurrentUser } from "@/server/accounts/session";

export type MailStatus = "pending" | "sending" | "sent" | "dead";
export const MAIL_STATUSES: MailStatus[] = ["pending", "sending", "sent", "dead"];
export type OutboxEntry = Pick<
  MailOutboxRow,
  "id" | "kind" | "recipient" | "status" | "attempts" | "lastError" | "createdAt" | "sentAt" | "claimedAt"
>;

function requireAdmin(user: CurrentUser) {
  if (user.role !== "admin") throw forbidden("errors.forbidden", `user ${user.id} is no admin (mail outbox)`);
}

/** The newest 100 mails (of one status), and how many there are of each; admins only. */
export async function listOutbox(user: CurrentUser, status: MailStatus | null) {
  requireAdmin(user);
  const [rows, counts] = await Promise.all([
    db
      .select({
        id: mailOutbox.id,
        kind: mailOutbox.kind,
        recipient: mailOutbox.recipient,
        status: mailOutbox.status,
        attempts: mailOutbox.attempts,
        lastError: mailOutbox.lastError,
        createdAt: mailOutbox.createdAt,
        sentAt: mailOutbox.sentAt,
        claimedAt: mailOutbox.claimedAt,
      })
      .from(mailOutbox)
      .where(status ? eq(mailOutbox.status, status) : undefined)
      .orderBy(desc(mailOutbox.id))
      .limit(100),
    db
      .select({ status: mailOutbox.status, n: sql<number>`count(*)::int` })
      .from(mailOutbox)
      .groupBy(mailOutbox.status),
  ]);
  return {
    rows: rows as OutboxEntry[],
    counts: Object.fromEntries(counts.map((c) => [c.status, c.n])) as Partial<Record<MailStatus, number>>,
    sending: getMailSettings() !== null,
  };
}

/**
 * Puts a dead mail, or one interrupted mid-send, back in the queue. The latter may have
 * reached its recipient already: only an admin decides to risk a second copy.
 */
export async function retryMail(user: CurrentUser, id: number): Promise<void> {
  requireAdmin(user);
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(mailOutbox)
      .set({ status: "pending", lastError: null, attempts: 0 })
      .where(and(eq(mailOutbox.id, id), inArray(mailOutbox.status, ["dead", "sending"])))
      .returning({ id: mailOutbox.id });
    if (!rows.length) throw notFound(`mail ${id} is not dead or interrupted`);
    // Same job key: replaces the finished job (graphile-worker resets its attempts).
    await tx.execute(
      sql`select graphile_worker.add_job('send_mail', json_build_object('id', ${id}::int), job_key := ${`mail:${id}`}, max_attempts := 25)`,
    );
  });
}
