import { index, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

// Mailed links that open a guest's comments (server/privacy/guest-data.ts): only a SHA-256 of
// the token is stored, as for password resets; used up by deleting, else valid until expiry.
export const guestDataLinks = pgTable(
  "guest_data_links",
  {
    tokenHash: text("token_hash").primaryKey(),
    // Lower-cased: guest_email is compared case-insensitively (imported addresses keep their case).
    email: text("email").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index("guest_data_links_expires_idx").on(t.expiresAt)],
);

export type GuestDataLink = typeof guestDataLinks.$inferSelect;
