import { createHash, createHmac, randomBytes } from "node:crypto";
import { createArticle, createComment, createUser, uniqueEmail } from "../../tests/data";
import { ADMIN, ALL_BUT_BANNED, CALLERS, SIGNED_IN, type Entry, exists, one, unique } from "./shared";
import { E2E_AUTH_SECRET } from "../test-env";

// Mail: password reset, mail preferences, one-click unsubscribe and the outbox retry.
export const MAIL_ROWS: Entry[] = [
  {
    name: "app/(auth)/actions#forgotPasswordAction",
    kind: "action",
    allowed: ALL_BUT_BANNED,
    public:
      "asking for a reset link is what a visitor does; each caller asks for its own address (anonymous: a fresh reader's), and a banned account gets no link",
    async prepare({ sql, user, form }) {
      const account = user ?? (await createUser());
      const fields = await form("anonymous", "/signin/forgot", "form:has(#forgot-email)", { email: account.email });
      const count = async () => (await sql`select 1 from password_reset_tokens where user_id = ${account.id}`).length;
      const before = await count();
      return { url: "/signin/forgot", multipart: fields, succeeded: async () => (await count()) > before };
    },
  },
  {
    name: "app/(auth)/actions#resetPasswordAction",
    kind: "action",
    allowed: ALL_BUT_BANNED,
    public:
      "the link mailed to the account's address is the proof; each caller resets its own password (anonymous: a fresh reader's), and a banned account's link does nothing",
    // A reset ends every session of the account.
    fresh: true,
    async prepare({ sql, user, form }) {
      const account = user ?? (await createUser());
      // As server/accounts/password-reset.ts mails it: a random token, only its SHA-256 stored.
      const token = randomBytes(32).toString("base64url");
      const tokenHash = createHash("sha256").update(token).digest("hex");
      await sql`insert into password_reset_tokens (token_hash, user_id, expires_at)
                values (${tokenHash}, ${account.id}, now() + interval '1 hour')`;
      const hash = async () =>
        (await one(sql<{ h: string | null }[]>`select password_hash as h from users where id = ${account.id}`)).h;
      const before = await hash();
      const url = `/signin/reset?token=${token}`;
      // The form comes from another reader's link: a banned account's page renders none.
      const formToken = randomBytes(32).toString("base64url");
      await sql`insert into password_reset_tokens (token_hash, user_id, expires_at)
                values (${createHash("sha256").update(formToken).digest("hex")}, ${(await createUser()).id}, now() + interval '1 hour')`;
      const fields = await form("anonymous", `/signin/reset?token=${formToken}`, "form:has(#reset-password)", {
        token,
        password: `Neu-${unique()}-Kastanienallee!`,
      });
      return { url, multipart: fields, succeeded: async () => (await hash()) !== before };
    },
  },
  {
    name: "app/account/actions#mailPreferencesAction",
    kind: "action",
    allowed: SIGNED_IN,
    async prepare({ sql, user, form }) {
      if (user) await sql`update users set notify_replies_default = false where id = ${user.id}`;
      const fields = await form("reader", "/account", "form:has(#prefs-notify-replies)", { notifyReplies: "on" });
      return {
        url: "/account",
        multipart: fields,
        succeeded: async () =>
          !!user && exists(sql`select 1 from users where id = ${user.id} and notify_replies_default`),
      };
    },
  },
  {
    name: "app/api/mail/unsubscribe/route#POST",
    kind: "route",
    // The signed link is the authorisation, with or without a session; a banned account may stop its mails too.
    allowed: [...CALLERS],
    public:
      "RFC 8058 one-click unsubscribe: mail providers post the signed link without cookies; each caller unsubscribes its own comment (anonymous: a fresh reader's)",
    async prepare({ sql, user, users }) {
      const article = await createArticle(users.articleAuthor.id);
      const comment = await createComment({
        articleId: article.id,
        authorId: (user ?? (await createUser())).id,
        body: `Benachrichtige mich ${unique()}`,
        status: "approved",
        notifyReplies: true,
      });
      // As server/mail/unsubscribe-token.ts signs it, under the AUTH_SECRET playwright.config.ts gives the server.
      const s = createHmac("sha256", E2E_AUTH_SECRET).update(`unsubscribe:reply:${comment.id}`).digest("base64url");
      return {
        url: `/api/mail/unsubscribe?c=${comment.id}&s=${s}`,
        text: "List-Unsubscribe=One-Click",
        succeeded: async (response) =>
          response.status() === 200 &&
          exists(sql`select 1 from comments where id = ${comment.id} and not notify_replies`),
      };
    },
  },
  {
    name: "app/dashboard/mail/actions#retryMailAction",
    kind: "action",
    allowed: ADMIN,
    async prepare({ sql, form }) {
      const key = `matrix-retry:${unique()}`;
      const row = await one(sql<
        { id: number }[]
      >`insert into mail_outbox (kind, event_key, recipient, status, attempts, last_error)
        values ('sign-up-notice', ${key}, ${uniqueEmail("matrix-retry")}, 'dead', 10, 'Matrix') returning id`);
      const fields = await form("admin", "/dashboard/mail?status=dead", `tr[data-mail-id="${row.id}"] form`);
      return {
        url: "/dashboard/mail",
        multipart: fields,
        // Back in the queue; the worker may already have sent it.
        succeeded: () => exists(sql`select 1 from mail_outbox where id = ${row.id} and status <> 'dead'`),
      };
    },
  },
];
