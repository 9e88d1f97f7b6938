import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

// The durable outbox (server/mail): one row per mail, written in the transaction of the change
// that causes it. At most one row per event and recipient; a trigger queues its delivery job.
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: serial("id").primaryKey(),
    kind: text("kind").notNull(),
    eventKey: text("event_key").notNull(),
    recipient: text("recipient").notNull(),
    data: jsonb("data").notNull().default({}),
    // pending → sending → sent; back to pending after an SMTP failure; dead after the last try.
    // A row left in sending was interrupted mid-send: it is never sent again by itself.
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: createdAt(),
    claimedAt: timestamp("claimed_at", { withTimezone: true, mode: "date" }),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("mail_outbox_event_recipient_idx").on(t.eventKey, t.recipient),
    index("mail_outbox_status_created_idx").on(t.status, t.createdAt),
  ],
);

export type MailOutboxRow = typeof mailOutbox.$inferSelect;
