import { createHash, randomBytes } from "node:crypto";
import type postgres from "postgres";
import { createUser, uniqueEmail } from "../../tests/data";
import { ALL_BUT_BANNED, SIGNED_IN, type Entry, exists } from "./shared";

// Address confirmation: the mailed link, a new address on /account, a fresh link.

/** As server/accounts/email-confirmation.ts mails it: a random token, only its SHA-256 stored. */
async function confirmationToken(sql: postgres.Sql, userId: string, email: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await sql`insert into email_confirmations (token_hash, user_id, email, expires_at)
            values (${createHash("sha256").update(token).digest("hex")}, ${userId}, ${email}, now() + interval '1 hour')`;
  return token;
}

export const CONFIRM_ROWS: Entry[] = [
  {
    name: "app/(auth)/actions#confirmEmailAction",
    kind: "action",
    allowed: ALL_BUT_BANNED,
    public:
      "the link mailed to the address is the proof, with or without a session; each caller confirms its own address (anonymous: a fresh reader's), and a banned account's link does nothing",
    async prepare({ sql, user, form }) {
      const account = user ?? (await createUser("reader", { emailVerified: null }));
      const token = await confirmationToken(sql, account.id, account.email);
      // The form comes from another reader's link: a banned account's would do nothing.
      const other = await createUser("reader", { emailVerified: null });
      const formToken = await confirmationToken(sql, other.id, other.email);
      const fields = await form("anonymous", `/signup/confirm?token=${formToken}`, "form:has(input[name=token])", {
        token,
      });
      return {
        url: `/signup/confirm?token=${formToken}`,
        multipart: fields,
        succeeded: () =>
          exists(sql`select 1 from email_confirmations where user_id = ${account.id} and used_at is not null`),
      };
    },
  },
  {
    name: "app/account/actions#changeEmailAction",
    kind: "action",
    allowed: SIGNED_IN,
    async prepare({ sql, user, form }) {
      const email = uniqueEmail("matrix-neu");
      const fields = await form("reader", "/account", "form:has(#account-new-email)", {
        email,
        password: user?.password ?? "richtig-langes-passwort",
      });
      return {
        url: "/account",
        multipart: fields,
        succeeded: async () =>
          !!user && exists(sql`select 1 from email_confirmations where user_id = ${user.id} and email = ${email}`),
      };
    },
  },
  {
    name: "app/account/actions#resendConfirmationAction",
    kind: "action",
    allowed: SIGNED_IN,
    // The caller's address is made unconfirmed first, which would keep a shared user's comments.
    fresh: true,
    async prepare({ sql, user, users, form }) {
      // The form shows only while the address is unconfirmed: the shared reader's, for a moment.
      const reader = users.reader.id;
      await sql`update users set email_verified = null where id = ${reader}`;
      const fields = await form("reader", "/account", "form:has(#email-unconfirmed)").finally(
        () => sql`update users set email_verified = now() where id = ${reader}`,
      );
      if (user) await sql`update users set email_verified = null where id = ${user.id}`;
      return {
        url: "/account",
        multipart: fields,
        succeeded: async () => !!user && exists(sql`select 1 from email_confirmations where user_id = ${user.id}`),
      };
    },
  },
];
