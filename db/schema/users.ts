import {
  bigint,
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { createdAt } from "./columns";

export const roleEnum = pgEnum("role", ["reader", "author", "admin"]);

export type Role = (typeof roleEnum.enumValues)[number];

// Column names and types of users/accounts/sessions/verification_tokens follow what
// @auth/drizzle-adapter expects; the extra columns are ours.
export const users = pgTable(
  "users",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").unique(),
    emailVerified: timestamp("email_verified", { mode: "date" }),
    image: text("image"),
    slug: text("slug").unique(),
    bio: text("bio"),
    passwordHash: text("password_hash"),
    role: roleEnum("role").notNull().default("reader"),
    bannedAt: timestamp("banned_at", { withTimezone: true, mode: "date" }),
    banReason: text("ban_reason"),
    // Bumped on sign-out and password change: JWTs carrying an older version are rejected.
    sessionVersion: integer("session_version").notNull().default(0),
    // WordPress user id of an imported account (server/wordpress-import): re-imports find it.
    wpId: bigint("wp_id", { mode: "number" }).unique(),
    // Mail preferences (server/mail): the default of a new comment's "notify me of replies", and
    // alerts for comments waiting for moderation: 'off', 'instant' or 'daily'.
    notifyRepliesDefault: boolean("notify_replies_default").notNull().default(false),
    moderationAlerts: text("moderation_alerts").notNull().default("off"),
    // Admins only: alerts for every article, not just their own.
    moderationAlertsAll: boolean("moderation_alerts_all").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("users_role_idx").on(t.role)],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("accounts_user_idx").on(t.userId)],
);

export const sessions = pgTable("sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp("expires", { mode: "date" }).notNull(),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

// Failed sign-ins and sign-ups, counted per account and per client address.
export const authAttempts = pgTable(
  "auth_attempts",
  {
    id: serial("id").primaryKey(),
    kind: text("kind").notNull(),
    subject: text("subject").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("auth_attempts_lookup_idx").on(t.kind, t.subject, t.createdAt)],
);

// Password reset links: only a hash of the token is stored; single use, one hour.
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);

// Address confirmation links (server/accounts/email-confirmation.ts): for the sign-up address, or
// for a new address that replaces the account's once confirmed. Only a hash of the token is stored.
export const emailConfirmations = pgTable(
  "email_confirmations",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [index("email_confirmations_user_idx").on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
