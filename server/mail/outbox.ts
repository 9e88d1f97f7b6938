// Writing mails: one outbox row per event and recipient, in the caller's transaction, so a mail
// exists exactly when the change causing it was committed. The insert trigger queues its
// delivery job (db/migrations/0010_mail_outbox.sql); server/mail/worker.ts sends it.
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { mailOutbox } from "@/db/schema";
import type { MailData, MailKind } from "./templates";

// Any drizzle database or transaction.
type Writer = Pick<PgDatabase<PgQueryResultHKT>, "insert">;

export type OutgoingMail = {
  kind: MailKind;
  /** Names the event causing the mail (`reply:<commentId>`): a second mail for the same event and recipient is dropped. */
  eventKey: string;
  to: string;
  data: MailData;
};

/** Returns whether a row was written (false: this event already has a mail for this recipient). */
export async function enqueueMail(tx: Writer, mail: OutgoingMail): Promise<boolean> {
  const rows = await tx
    .insert(mailOutbox)
    .values({ kind: mail.kind, eventKey: mail.eventKey, recipient: mail.to, data: mail.data })
    .onConflictDoNothing({ target: [mailOutbox.eventKey, mailOutbox.recipient] })
    .returning({ id: mailOutbox.id });
  return rows.length > 0;
}
