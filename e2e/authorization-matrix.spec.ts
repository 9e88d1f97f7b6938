import { createHash, createHmac, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { request as apiRequest, type APIResponse, type BrowserContext, type Page } from "@playwright/test";
import type postgres from "postgres";
import sharp from "sharp";
import { SMTPServer } from "smtp-server";
import { expect, newContext, test, uniqueAddress } from "./fixtures";
import { createArticle, createComment, createUser, uniqueEmail, type Role, type TestUser } from "../tests/data";
import { SignInPage } from "./pages/auth-pages";

// Issue 9.1: every server action and every state-changing route handler, against every kind
// of caller. Each cell replays the real request over HTTP (the hidden fields of the rendered
// form, as e2e/hardening.spec.ts does) with the site's own Origin, so only the endpoint's own
// permission check can stop it. Allowed cells must do their work; denied ones must leave the
// database as it was. The first test fails when an endpoint is missing from TABLE.

const CALLERS = ["anonymous", "reader", "otherReader", "articleAuthor", "otherAuthor", "admin", "banned"] as const;
type Caller = (typeof CALLERS)[number];
const ROLE_OF: Record<Exclude<Caller, "anonymous">, Role> = {
  reader: "reader",
  otherReader: "reader",
  articleAuthor: "author",
  otherAuthor: "author",
  admin: "admin",
  banned: "reader",
};

const SIGNED_IN: Caller[] = ["reader", "otherReader", "articleAuthor", "otherAuthor", "admin"];
const AUTHORS: Caller[] = ["articleAuthor", "otherAuthor", "admin"];
const OWNER_OR_ADMIN: Caller[] = ["articleAuthor", "admin"];
const ADMIN: Caller[] = ["admin"];
const ALL_BUT_BANNED: Caller[] = CALLERS.filter((c) => c !== "banned");

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
type Session = { user: TestUser | null; state: StorageState };
type FilePart = { name: string; mimeType: string; buffer: Buffer };

/** One request as the caller sends it, and how to tell that it did its work. */
type Replay = {
  url: string;
  multipart?: Record<string, string | FilePart>;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
  succeeded: (response: APIResponse) => Promise<boolean>;
};

type Prepare = {
  sql: postgres.Sql;
  caller: Caller;
  /** The caller's user (null for anonymous); a fresh one per cell for entries marked `fresh`. */
  user: TestUser | null;
  users: Record<Exclude<Caller, "anonymous">, TestUser>;
  /** The fields of the form matching `selector` on `path`, rendered without JavaScript for `as`, with `fill` applied. */
  form: (
    as: "anonymous" | "reader" | "admin",
    path: string,
    selector: string,
    fill?: Record<string, string>,
  ) => Promise<Record<string, string>>;
};

type Entry = {
  /** "<module path without extension>#<export>", as the discovery test finds it. */
  name: string;
  kind: "action" | "route";
  allowed: Caller[];
  /** Open to everyone by design (sign-in, sign-up): why. Such entries still check the banned caller. */
  public?: string;
  /** Not replayed here, with the reason. */
  untested?: string;
  /** Each cell runs with freshly created and signed-in users: the action ends the caller's session or account. */
  fresh?: boolean;
  prepare?: (p: Prepare) => Promise<Replay>;
};

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(++counter).toString(36)}`;

const one = async <T>(rows: PromiseLike<readonly T[]>) => (await rows)[0];
// The smallest complete WordPress export: one post, imported as a dry run.
const MINIMAL_WXR = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Matrix</title><link>https://matrix.example.com</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://matrix.example.com</wp:base_site_url><wp:base_blog_url>https://matrix.example.com</wp:base_blog_url>
<item><title>Matrix</title><link>https://matrix.example.com/matrix/</link><dc:creator>admin</dc:creator>
<content:encoded><![CDATA[<p>Text</p>]]></content:encoded><wp:post_id>1</wp:post_id><wp:post_date>2025-01-01 10:00:00</wp:post_date>
<wp:post_date_gmt>2025-01-01 09:00:00</wp:post_date_gmt><wp:post_name>matrix</wp:post_name><wp:status>publish</wp:status>
<wp:post_type>post</wp:post_type></item></channel></rss>`;

const exists = async (rows: PromiseLike<readonly unknown[]>) => (await rows).length > 0;
const hasSessionCookie = (response: APIResponse) =>
  response
    .headersArray()
    .some((h) => h.name.toLowerCase() === "set-cookie" && /authjs\.session-token=[^;]/.test(h.value));

/** The id Next gave a server action in this build (for an action no page renders as a form of its own). */
function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, v]) => v.filename === filename && v.exportedName === exportedName,
  );
  if (!found) throw new Error(`${filename}#${exportedName} is not in the build's server-reference manifest`);
  return found[0];
}

const taxonomy = (kind: "category" | "tag"): Entry[] => {
  const table = kind === "category" ? "categories" : "tags";
  const modulePath = `app/dashboard/${table}/actions`;
  const page = `/dashboard/${table}`;
  const Kind = kind === "category" ? "Category" : "Tag";
  const fresh = async (sql: postgres.Sql) => {
    const slug = `matrix-${kind}-${unique()}`;
    const [row] = await sql<
      { id: number }[]
    >`insert into ${sql(table)} (slug, name) values (${slug}, ${`Matrix ${slug}`}) returning id`;
    return { id: row.id, slug };
  };
  return [
    {
      name: `${modulePath}#create${Kind}Action`,
      kind: "action",
      allowed: ADMIN,
      async prepare({ sql, form }) {
        const slug = `matrix-neu-${unique()}`;
        const fields = await form("admin", page, `section[aria-labelledby="taxonomy-new"] form`, {
          name: `Neu ${slug}`,
          slug,
        });
        return {
          url: page,
          multipart: fields,
          succeeded: () => exists(sql`select 1 from ${sql(table)} where slug = ${slug}`),
        };
      },
    },
    {
      name: `${modulePath}#update${Kind}Action`,
      kind: "action",
      allowed: ADMIN,
      async prepare({ sql, form }) {
        const row = await fresh(sql);
        const fields = await form("admin", page, `li[data-slug="${row.slug}"] form >> nth=0`, {
          name: `Umbenannt ${row.slug}`,
        });
        return {
          url: page,
          multipart: fields,
          succeeded: () => exists(sql`select 1 from ${sql(table)} where id = ${row.id} and name like 'Umbenannt%'`),
        };
      },
    },
    {
      name: `${modulePath}#delete${Kind}Action`,
      kind: "action",
      allowed: ADMIN,
      async prepare({ sql, form }) {
        const row = await fresh(sql);
        const fields = await form("admin", page, `li[data-slug="${row.slug}"] form >> nth=1`);
        return {
          url: page,
          multipart: fields,
          succeeded: async () => !(await exists(sql`select 1 from ${sql(table)} where id = ${row.id}`)),
        };
      },
    },
  ];
};

// Mail (issue 17): password reset, mail preferences, one-click unsubscribe, the outbox's retry.
// One block so it can move as a whole.
const MAIL_ENTRIES: Entry[] = [
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
      const s = createHmac("sha256", process.env.AUTH_SECRET!)
        .update(`unsubscribe:reply:${comment.id}`)
        .digest("base64url");
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

const TABLE: Entry[] = [
  // Reader pages: comments.
  {
    name: "app/(site)/posts/[slug]/actions#postCommentAction",
    kind: "action",
    allowed: SIGNED_IN,
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      const fields = await form("admin", `/posts/${article.slug}`, "#respond form", {
        body: `Ein Kommentar aus der Matrix ${unique()}`,
      });
      return {
        url: `/posts/${article.slug}`,
        multipart: fields,
        succeeded: () => exists(sql`select 1 from comments where article_id = ${article.id}`),
      };
    },
  },
  {
    name: "app/(site)/posts/[slug]/actions#editOwnCommentAction",
    kind: "action",
    allowed: ["reader"],
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      const id = await createComment({
        articleId: article.id,
        authorId: users.reader.id,
        body: `Ein Kommentar für die Matrix ${unique()}`,
        status: "approved",
      }).then((c) => c.id);
      const body = `Geänderter Kommentar ${unique()}`;
      const fields = await form("reader", `/posts/${article.slug}?editcomment=${id}`, `#comment-${id} form`, { body });
      return {
        url: `/posts/${article.slug}`,
        multipart: fields,
        succeeded: () => exists(sql`select 1 from comments where id = ${id} and body = ${body}`),
      };
    },
  },
  {
    name: "app/(site)/posts/[slug]/actions#deleteOwnCommentAction",
    kind: "action",
    allowed: ["reader"],
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      const id = await createComment({
        articleId: article.id,
        authorId: users.reader.id,
        body: `Ein Kommentar für die Matrix ${unique()}`,
        status: "approved",
      }).then((c) => c.id);
      const fields = await form("reader", `/posts/${article.slug}`, `#comment-${id} .comment__delete form`);
      return {
        url: `/posts/${article.slug}`,
        multipart: fields,
        succeeded: () => exists(sql`select 1 from comments where id = ${id} and deleted_at is not null`),
      };
    },
  },
  {
    name: "app/api/comments/route#POST",
    kind: "route",
    allowed: SIGNED_IN,
    async prepare({ sql, users }) {
      const article = await createArticle(users.articleAuthor.id);
      return {
        url: "/api/comments",
        json: {
          articleId: article.id,
          body: `Ein Kommentar über die API ${unique()}`,
          idempotencyKey: `matrix-${unique()}`,
        },
        succeeded: async (response) =>
          response.status() === 201 && (await exists(sql`select 1 from comments where article_id = ${article.id}`)),
      };
    },
  },

  // Own account: each cell with fresh users, as these end the caller's session or account.
  {
    name: "app/account/actions#changeNameAction",
    kind: "action",
    allowed: SIGNED_IN,
    async prepare({ sql, form }) {
      const name = `Matrix ${unique()}`;
      const fields = await form("admin", "/account", "form:has(#account-name)", { name });
      return {
        url: "/account",
        multipart: fields,
        succeeded: () => exists(sql`select 1 from users where name = ${name}`),
      };
    },
  },
  {
    name: "app/account/actions#changePasswordAction",
    kind: "action",
    allowed: SIGNED_IN,
    fresh: true,
    async prepare({ sql, user, form }) {
      const before = user
        ? (await one(sql<{ h: string }[]>`select password_hash as h from users where id = ${user.id}`)).h
        : null;
      const fields = await form("admin", "/account", "form:has(#account-new-password)", {
        currentPassword: user?.password ?? "irgendwas",
        newPassword: `Neu-${unique()}-Kastanienallee!`,
      });
      return {
        url: "/account",
        multipart: fields,
        succeeded: async () =>
          !!user &&
          (await one(sql<{ h: string }[]>`select password_hash as h from users where id = ${user.id}`)).h !== before,
      };
    },
  },
  {
    name: "app/account/actions#deleteAccountAction",
    kind: "action",
    allowed: SIGNED_IN,
    fresh: true,
    async prepare({ sql, user, form }) {
      const fields = await form("admin", "/account", "form:has(#account-delete-password)", {
        password: user?.password ?? "irgendwas",
        confirm: "yes",
        comments: "keep",
      });
      return {
        url: "/account",
        multipart: fields,
        succeeded: async () => !!user && !(await exists(sql`select 1 from users where id = ${user.id}`)),
      };
    },
  },
  {
    name: "server/accounts/sign-out-action#signOutAction",
    kind: "action",
    // Signing out only ends the caller's own sessions: a banned account may do that too.
    allowed: [...SIGNED_IN, "banned"],
    fresh: true,
    async prepare({ sql, user, form }) {
      const version = async () =>
        user ? (await one(sql<{ v: number }[]>`select session_version as v from users where id = ${user.id}`)).v : 0;
      const before = await version();
      const fields = await form("admin", "/account", "form:has(.user-menu__sign-out)");
      return { url: "/account", multipart: fields, succeeded: async () => !!user && (await version()) > before };
    },
  },

  // Sign-in and sign-up: public by design.
  {
    name: "app/(auth)/actions#signInAction",
    kind: "action",
    allowed: ALL_BUT_BANNED,
    public:
      "signing in is what a visitor does; each caller signs in with its own account (anonymous: a fresh reader's), and a banned account gets no session",
    async prepare({ user, form }) {
      const account = user ?? (await createUser());
      const fields = await form("anonymous", "/signin", "form:has(#signin-email)", {
        email: account.email,
        password: account.password,
      });
      return { url: "/signin", multipart: fields, succeeded: async (response) => hasSessionCookie(response) };
    },
  },
  {
    name: "app/(auth)/actions#signUpAction",
    kind: "action",
    allowed: ALL_BUT_BANNED,
    public:
      "anyone may open an account; the banned caller tries to register its banned address again and must get no second account (sign-up never starts a session: server/accounts/sign-in.ts)",
    async prepare({ sql, caller, user, form }) {
      const email = caller === "banned" ? user!.email : uniqueEmail("matrix-signup");
      const fields = await form("anonymous", "/signup", "form:has(#signup-email)", {
        name: `Neu ${unique()}`,
        email,
        password: `Neu-${unique()}-Kastanienallee!`,
      });
      const before = (await sql<{ id: string }[]>`select id from users where email = ${email}`).length;
      return {
        url: "/signup",
        multipart: fields,
        succeeded: async (response) =>
          !hasSessionCookie(response) &&
          (await sql<{ id: string }[]>`select id from users where email = ${email}`).length > before,
      };
    },
  },
  {
    name: "app/(auth)/actions#magicLinkAction",
    kind: "action",
    allowed: ALL_BUT_BANNED,
    public:
      "asking for a sign-in link is what a visitor does; each caller asks for its own address, and a banned account gets no link",
    async prepare({ sql, user, form }) {
      const account = user ?? (await createUser());
      const fields = await form("anonymous", "/signin", "form:has(#magic-email)", { email: account.email });
      return {
        url: "/signin",
        multipart: fields,
        succeeded: () => exists(sql`select 1 from verification_tokens where identifier = ${account.email}`),
      };
    },
  },
  {
    name: "app/(auth)/actions#oauthSignInAction",
    kind: "action",
    allowed: ALL_BUT_BANNED,
    public: "starts an OAuth sign-in, which anyone may",
    untested:
      "rendered only when an OAuth provider is configured, which the e2e server is not; a banned account is refused in auth.ts's signIn callback",
  },
  {
    name: "app/api/auth/[...nextauth]/route#POST",
    kind: "route",
    allowed: ALL_BUT_BANNED,
    public: "Auth.js's own endpoints",
    untested: "Auth.js, own CSRF token (e2e/hardening.spec.ts checks that a post without it changes nothing)",
  },

  // Dashboard: articles.
  {
    name: "app/dashboard/articles/new/actions#createArticleAction",
    kind: "action",
    allowed: AUTHORS,
    async prepare({ sql, form }) {
      const title = `Neuer Matrix-Artikel ${unique()}`;
      const category = await one(sql<{ id: number }[]>`select id from categories order by id limit 1`);
      const fill = { title, body: "Ein Text.", excerpt: "Kurz.", categoryId: String(category.id), intent: "save" };
      const fields = await form("admin", "/dashboard/articles/new", "form:has(#article-title)", fill);
      return {
        url: "/dashboard/articles/new",
        multipart: fields,
        succeeded: () => exists(sql`select 1 from articles where title = ${title}`),
      };
    },
  },
  {
    name: "app/dashboard/articles/[id]/actions#updateArticleAction",
    kind: "action",
    allowed: OWNER_OR_ADMIN,
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      const title = `Geänderter Titel ${unique()}`;
      const path = `/dashboard/articles/${article.id}/edit`;
      const fields = await form("admin", path, "form:has(#article-title)", { title, intent: "save" });
      return {
        url: path,
        multipart: fields,
        succeeded: () => exists(sql`select 1 from articles where id = ${article.id} and title = ${title}`),
      };
    },
  },
  {
    name: "app/dashboard/articles/[id]/actions#unpublishArticleAction",
    kind: "action",
    allowed: OWNER_OR_ADMIN,
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      const path = `/dashboard/articles/${article.id}/edit`;
      const fields = await form("admin", path, `form[aria-label="Zurück auf Entwurf"]`);
      return {
        url: path,
        multipart: fields,
        succeeded: () => exists(sql`select 1 from articles where id = ${article.id} and status = 'draft'`),
      };
    },
  },
  {
    name: "app/dashboard/articles/[id]/actions#restoreRevisionAction",
    kind: "action",
    allowed: OWNER_OR_ADMIN,
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      const title = `Alte Fassung ${unique()}`;
      const [revision] = await sql<{ id: number }[]>`
        insert into article_revisions (article_id, title, slug, excerpt, body, category_id, comments_open, saved_by)
        select id, ${title}, slug, excerpt, 'Alter Text.', category_id, comments_open, author_id from articles where id = ${article.id} returning id`;
      const path = `/dashboard/articles/${article.id}/revisions/${revision.id}`;
      const fields = await form("admin", path, `form[aria-label="Diese Version wiederherstellen"]`);
      return {
        url: path,
        multipart: fields,
        succeeded: () => exists(sql`select 1 from articles where id = ${article.id} and title = ${title}`),
      };
    },
  },
  {
    name: "app/dashboard/articles/[id]/actions#trashArticleAction",
    kind: "action",
    allowed: OWNER_OR_ADMIN,
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      const path = `/dashboard/articles/${article.id}/edit`;
      const fields = await form("admin", path, `form[aria-label="In den Papierkorb"]`);
      return {
        url: path,
        multipart: fields,
        succeeded: () => exists(sql`select 1 from articles where id = ${article.id} and status = 'trash'`),
      };
    },
  },
  {
    name: "app/dashboard/articles/[id]/actions#restoreArticleAction",
    kind: "action",
    allowed: OWNER_OR_ADMIN,
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      await sql`update articles set status = 'trash' where id = ${article.id}`;
      const path = `/dashboard/articles/${article.id}/edit`;
      const fields = await form("admin", path, `form[aria-label="Wiederherstellen"]`);
      return {
        url: path,
        multipart: fields,
        succeeded: () => exists(sql`select 1 from articles where id = ${article.id} and status = 'draft'`),
      };
    },
  },
  {
    name: "app/dashboard/articles/[id]/actions#deleteArticleAction",
    kind: "action",
    allowed: ADMIN,
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      await sql`update articles set status = 'trash' where id = ${article.id}`;
      const path = `/dashboard/articles/${article.id}/delete`;
      const fields = await form("admin", path, `form[aria-label="Ja, endgültig löschen"]`);
      return {
        url: path,
        multipart: fields,
        succeeded: async () => !(await exists(sql`select 1 from articles where id = ${article.id}`)),
      };
    },
  },

  // Dashboard: static pages and menus (admins only).
  {
    name: "app/dashboard/pages/actions#createPageAction",
    kind: "action",
    allowed: ADMIN,
    async prepare({ sql, form }) {
      const title = `Matrix-Seite ${unique()}`;
      const fields = await form("admin", "/dashboard/pages/new", "form:has(#article-title)", {
        title,
        body: "Text.",
        intent: "save",
      });
      return {
        url: "/dashboard/pages/new",
        multipart: fields,
        succeeded: () => exists(sql`select 1 from pages where title = ${title}`),
      };
    },
  },
  ...(["updatePageAction", "unpublishPageAction", "deletePageAction", "restorePageRevisionAction"] as const).map(
    (action): Entry => ({
      name: `app/dashboard/pages/actions#${action}`,
      kind: "action",
      allowed: ADMIN,
      async prepare({ sql, form }) {
        const slug = `matrix-seite-${unique()}`;
        const [page] = await sql<{ id: number }[]>`
          insert into pages (slug, title, body, status, published_at) values (${slug}, ${slug}, 'Neu', 'published', now())
          returning id`;
        const title = `Geändert ${slug}`;
        await sql`insert into page_revisions (page_id, title, slug, excerpt, body) values (${page.id}, ${title}, ${slug}, '', 'Alt')`;
        const [path, selector, fill, check] =
          action === "updatePageAction"
            ? [
                `/dashboard/pages/${page.id}/edit`,
                "form:has(#article-title)",
                { title, intent: "save" },
                () => sql`select 1 from pages where id = ${page.id} and title = ${title}`,
              ]
            : action === "unpublishPageAction"
              ? [
                  `/dashboard/pages/${page.id}/edit`,
                  `form[aria-label="Zurück auf Entwurf"]`,
                  {},
                  () => sql`select 1 from pages where id = ${page.id} and status = 'draft'`,
                ]
              : action === "deletePageAction"
                ? [
                    `/dashboard/pages/${page.id}/delete`,
                    `form[aria-label="Ja, Seite endgültig löschen"]`,
                    {},
                    () => sql`select 1 where not exists (select 1 from pages where id = ${page.id})`,
                  ]
                : [
                    `/dashboard/pages/${page.id}/revisions`,
                    `form[aria-label^="Version vom"]`,
                    {},
                    () => sql`select 1 from pages where id = ${page.id} and title = ${title}`,
                  ];
        const fields = await form("admin", path, selector, fill);
        return { url: path, multipart: fields, succeeded: () => exists(check()) };
      },
    }),
  ),
  {
    name: "app/dashboard/menus/actions#saveMenuItemAction",
    kind: "action",
    allowed: ADMIN,
    async prepare({ sql, form }) {
      const label = `Matrix ${unique()}`;
      const fields = await form("admin", "/dashboard/menus", `form[aria-labelledby="menu-form-heading"]`, {
        label,
        menu: "footer",
        target: "url",
        url: "https://matrix.example/",
      });
      return {
        url: "/dashboard/menus",
        multipart: fields,
        succeeded: () => exists(sql`select 1 from menu_items where label = ${label}`),
      };
    },
  },
  {
    name: "app/dashboard/menus/actions#menuRowAction",
    kind: "action",
    allowed: ADMIN,
    async prepare({ sql, form }) {
      const label = `Matrix ${unique()}`;
      const [item] = await sql<{ id: number }[]>`
        insert into menu_items (menu, position, label, target, url) values ('footer', 999, ${label}, 'url', 'https://m.example/')
        returning id`;
      const fields = await form("admin", "/dashboard/menus", `tr[data-menu-item="${item.id}"] form`, { op: "delete" });
      return {
        url: "/dashboard/menus",
        multipart: fields,
        succeeded: async () => !(await exists(sql`select 1 from menu_items where id = ${item.id}`)),
      };
    },
  },
  {
    name: "app/dashboard/articles/actions#setCommentsOpenAction",
    kind: "action",
    allowed: OWNER_OR_ADMIN,
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      const fields = await form("admin", "/dashboard/articles", "form.dashboard-inline-form >> nth=0", {
        articleId: String(article.id),
        open: "false",
        returnTo: "/dashboard/articles",
      });
      return {
        url: "/dashboard/articles",
        multipart: fields,
        succeeded: () => exists(sql`select 1 from articles where id = ${article.id} and not comments_open`),
      };
    },
  },
  {
    name: "app/dashboard/media/route#POST",
    kind: "route",
    allowed: AUTHORS,
    async prepare() {
      const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 20, g: 120, b: 60 } } })
        .png()
        .toBuffer();
      return {
        url: "/dashboard/media",
        headers: { accept: "application/json" },
        multipart: {
          file: { name: "matrix.png", mimeType: "image/png", buffer: png },
          purpose: "cover",
          alt: "",
          returnTo: "/dashboard/articles/new",
        },
        // Uploads go to the disk, not the database: the answer says whether one was stored.
        succeeded: async (response) =>
          response.status() === 201 && /^\/media\//.test(((await response.json()) as { url: string }).url),
      };
    },
  },
  {
    name: "app/api/wordpress-import/route#POST",
    kind: "route",
    allowed: ADMIN,
    async prepare({ sql }) {
      return {
        url: "/api/wordpress-import",
        multipart: {
          file: { name: "matrix.xml", mimeType: "text/xml", buffer: Buffer.from(MINIMAL_WXR) },
          dryRun: "on",
        },
        // Accepted means a run row, and the run is over before the next caller's cell
        // fingerprints the database (it works in the background).
        succeeded: async (response) => {
          const id = Number(/[?&]run=(\d+)/.exec(response.headers().location ?? "")?.[1]);
          if (response.status() !== 303 || !id) return false;
          await expect
            .poll(async () => (await sql`select status from import_reports where id = ${id}`)[0]?.status)
            .not.toBe("running");
          return exists(sql`select 1 from import_reports where id = ${id} and status = 'done' and dry_run`);
        },
      };
    },
  },
  {
    name: "app/dashboard/preview/route#POST",
    kind: "route",
    allowed: AUTHORS,
    async prepare() {
      return {
        url: "/dashboard/preview",
        text: "Ein **fetter** Satz.",
        succeeded: async (response) => response.ok() && (await response.text()).includes("<strong>"),
      };
    },
  },

  // Dashboard: comments.
  {
    name: "app/dashboard/comments/actions#moderateQueueAction",
    kind: "action",
    allowed: OWNER_OR_ADMIN,
    async prepare({ sql, users }) {
      const article = await createArticle(users.articleAuthor.id);
      const commenter = await createUser();
      const id = await createComment({
        articleId: article.id,
        authorId: commenter.id,
        body: `Ein Kommentar für die Matrix ${unique()}`,
        status: "pending",
      }).then((c) => c.id);
      // The queue's form posts to the route below without JavaScript and calls this action with
      // it: the action's own no-JavaScript form post is what a replay can always send.
      const fields = {
        [`$ACTION_ID_${actionId("app/dashboard/comments/actions.ts", "moderateQueueAction")}`]: "",
        rowAction: `approve:${id}`,
        returnTo: "/dashboard/comments",
      };
      return {
        url: "/dashboard/comments",
        multipart: fields,
        succeeded: () => exists(sql`select 1 from comments where id = ${id} and status = 'approved'`),
      };
    },
  },
  {
    name: "app/dashboard/comments/moderate/route#POST",
    kind: "route",
    allowed: OWNER_OR_ADMIN,
    async prepare({ sql, users }) {
      const article = await createArticle(users.articleAuthor.id);
      const commenter = await createUser();
      const id = await createComment({
        articleId: article.id,
        authorId: commenter.id,
        body: `Ein Kommentar für die Matrix ${unique()}`,
        status: "pending",
      }).then((c) => c.id);
      return {
        url: "/dashboard/comments/moderate",
        multipart: { rowAction: `approve:${id}`, returnTo: "/dashboard/comments" },
        succeeded: () => exists(sql`select 1 from comments where id = ${id} and status = 'approved'`),
      };
    },
  },
  ...(["editCommentAction", "replyCommentAction", "banCommenterAction"] as const).map((action): Entry => ({
    name: `app/dashboard/comments/actions#${action}`,
    kind: "action",
    allowed: action === "banCommenterAction" ? ADMIN : OWNER_OR_ADMIN,
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      const commenter = await createUser();
      const id = await createComment({
        articleId: article.id,
        authorId: commenter.id,
        body: `Ein Kommentar für die Matrix ${unique()}`,
        status: "approved",
      }).then((c) => c.id);
      const path = `/dashboard/comments/${id}`;
      const text = `Vom Moderator geschrieben ${unique()}`;
      if (action === "editCommentAction") {
        const fields = await form("admin", path, "form:has(textarea[name=body]):not(:has([name=key]))", { body: text });
        return {
          url: path,
          multipart: fields,
          succeeded: () => exists(sql`select 1 from comments where id = ${id} and body = ${text}`),
        };
      }
      if (action === "replyCommentAction") {
        const fields = await form("admin", path, "form:has([name=key])", { body: text });
        return {
          url: path,
          multipart: fields,
          succeeded: () => exists(sql`select 1 from comments where parent_id = ${id}`),
        };
      }
      const fields = await form("admin", path, "form:has([name=reason])", { reason: "Matrix-Sperre" });
      return {
        url: path,
        multipart: fields,
        succeeded: () => exists(sql`select 1 from users where id = ${commenter.id} and banned_at is not null`),
      };
    },
  })),

  // Dashboard: admin pages.
  ...taxonomy("category"),
  ...taxonomy("tag"),
  {
    name: "app/dashboard/settings/actions#saveModerationSettingsAction",
    kind: "action",
    allowed: ADMIN,
    async prepare({ sql, form }) {
      const word = `matrixwort${unique()}`;
      const fields = await form("admin", "/dashboard/settings", "form:has([name=moderationWords])");
      fields.moderationWords = `${fields.moderationWords}\n${word}`;
      return {
        url: "/dashboard/settings",
        multipart: fields,
        succeeded: () =>
          exists(sql`select 1 from settings where key = 'moderation' and value->'moderationWords' ? ${word}`),
      };
    },
  },
  {
    name: "app/dashboard/settings/actions#saveSharingSettingsAction",
    kind: "action",
    allowed: ADMIN,
    async prepare({ sql, form }) {
      const image = `https://matrix.example/${unique()}.png`;
      const fields = await form("admin", "/dashboard/settings", "form:has([name=defaultImage])", {
        defaultImage: image,
      });
      return {
        url: "/dashboard/settings",
        multipart: fields,
        succeeded: () =>
          exists(sql`select 1 from settings where key = 'sharing' and value->>'defaultImage' = ${image}`),
      };
    },
  },
  {
    name: "app/dashboard/sponsors/actions#createSponsorAction",
    kind: "action",
    allowed: ADMIN,
    async prepare({ sql, form }) {
      const title = `Matrix-Sponsor ${unique()}`;
      const fields = await form("admin", "/dashboard/sponsors", `section[aria-labelledby="sponsor-new"] form`, {
        title,
        url: "https://example.test/sponsor",
        position: "sidebar",
      });
      return {
        url: "/dashboard/sponsors",
        multipart: fields,
        succeeded: () => exists(sql`select 1 from sponsors where title = ${title}`),
      };
    },
  },
  ...(["updateSponsorAction", "deleteSponsorAction"] as const).map((action): Entry => ({
    name: `app/dashboard/sponsors/actions#${action}`,
    kind: "action",
    allowed: ADMIN,
    async prepare({ sql, form }) {
      const title = `Matrix-Sponsor ${unique()}`;
      const [row] = await sql<
        { id: number }[]
      >`insert into sponsors (title, url, position) values (${title}, 'https://example.test/s', 'sidebar') returning id`;
      if (action === "updateSponsorAction") {
        const fields = await form("admin", "/dashboard/sponsors", `section[aria-label="${title}"] form >> nth=0`, {
          title: `${title} geändert`,
        });
        return {
          url: "/dashboard/sponsors",
          multipart: fields,
          succeeded: () => exists(sql`select 1 from sponsors where id = ${row.id} and title like '%geändert'`),
        };
      }
      const fields = await form(
        "admin",
        "/dashboard/sponsors",
        `section[aria-label="${title}"] form[aria-label="Löschen"]`,
      );
      return {
        url: "/dashboard/sponsors",
        multipart: fields,
        succeeded: async () => !(await exists(sql`select 1 from sponsors where id = ${row.id}`)),
      };
    },
  })),
  ...(["changeRoleAction", "banUserAction", "unbanUserAction"] as const).map((action): Entry => ({
    name: `app/dashboard/users/actions#${action}`,
    kind: "action",
    allowed: ADMIN,
    async prepare({ sql, form }) {
      const target = await createUser("reader", { banned: action === "unbanUserAction" });
      const path = `/dashboard/users?q=${encodeURIComponent(target.email)}`;
      const row = `tr[data-user-email="${target.email}"]`;
      const [label, fill, check] =
        action === "changeRoleAction"
          ? [
              "Rolle ändern",
              { role: "author" },
              () => sql`select 1 from users where id = ${target.id} and role = 'author'`,
            ]
          : action === "banUserAction"
            ? [
                "Sperren",
                { reason: "Matrix-Sperre" },
                () => sql`select 1 from users where id = ${target.id} and banned_at is not null`,
              ]
            : ["Entsperren", {}, () => sql`select 1 from users where id = ${target.id} and banned_at is null`];
      const fields = await form("admin", path, `${row} form[aria-label="${label}"]`, fill);
      return { url: path, multipart: fields, succeeded: () => exists(check()) };
    },
  })),
  ...MAIL_ENTRIES,
];

// ---------------------------------------------------------------------------------------
// Discovery: every server action and state-changing route handler in the source.

const SOURCE_DIRS = ["app", "components", "lib", "server"];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "node_modules" ? [] : sourceFiles(p);
    return /\.(tsx?|jsx?|mjs)$/.test(d.name) && !/\.(test|spec)\.tsx?$/.test(d.name) ? [p] : [];
  });
}

function discoverEndpoints(): string[] {
  const found = new Set<string>();
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    const text = fs.readFileSync(file, "utf8");
    const modulePath = file.replace(/\.[^.]+$/, "");
    const code = text.replace(/^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*/, "");
    if (/^["']use server["']/.test(code)) {
      // A "use server" module: every export is a callable action.
      for (const m of text.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|var)\s+([A-Za-z_$][\w$]*)/g))
        found.add(`${modulePath}#${m[1]}`);
      for (const m of text.matchAll(/export\s*\{([^}]*)\}/g))
        for (const part of m[1].split(","))
          if (part.trim())
            found.add(
              `${modulePath}#${part
                .trim()
                .split(/\s+as\s+/)
                .pop()}`,
            );
      if (/export\s+default/.test(text)) found.add(`${modulePath}#default`);
    } else {
      // Inline actions: a function whose body starts with "use server".
      for (const m of text.matchAll(
        /(?:function\s+([A-Za-z_$][\w$]*)\s*\([^)]*\)|(?:const|let)\s+([A-Za-z_$][\w$]*)\s*=\s*async\s*(?:\([^)]*\)|[\w$]+)\s*=>)\s*(?::[^{]+)?\{\s*["']use server["']/g,
      )) {
        found.add(`${modulePath}#${m[1] ?? m[2]}`);
      }
    }
    if (/(^|\/)route$/.test(modulePath) && modulePath.startsWith("app/")) {
      for (const m of text.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(POST|PUT|PATCH|DELETE)\b/g))
        found.add(`${modulePath}#${m[1]}`);
      for (const m of text.matchAll(/export\s+const\s*\{([^}]*)\}/g))
        for (const part of m[1].split(","))
          if (/^(POST|PUT|PATCH|DELETE)$/.test(part.trim())) found.add(`${modulePath}#${part.trim()}`);
    }
  }
  return [...found].sort();
}

test("the table lists every server action and every state-changing route handler", () => {
  const listed = TABLE.map((e) => e.name).sort();
  expect(new Set(listed).size, "an entry is listed twice").toBe(listed.length);
  const discovered = discoverEndpoints();
  expect(
    discovered.filter((n) => !listed.includes(n)),
    "endpoints missing from the authorization matrix",
  ).toEqual([]);
  expect(
    listed.filter((n) => !discovered.includes(n)),
    "table entries no longer in the source",
  ).toEqual([]);
});

// ---------------------------------------------------------------------------------------
// The matrix.

/** What the database holds, per table (sign-in bookkeeping left out), as one hash each. */
async function fingerprint(sql: postgres.Sql, tables: string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row] =
      table === "users"
        ? await sql<{ h: string }[]>`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h
            from (select id, role, banned_at, name, email, password_hash, session_version from users) t`
        : table === "mail_outbox"
          ? // What a request enqueues; the e2e server's worker delivers earlier rows meanwhile (status, data).
            await sql<{ h: string }[]>`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h
              from (select event_key, recipient from mail_outbox) t`
          : await sql<
              { h: string }[]
            >`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${sql(table)} t`;
    result[table] = row.h;
  }
  return result;
}

test.describe("authorization matrix", () => {
  const NOT_CONTENT = ["auth_attempts", "sessions", "verification_tokens", "accounts"];
  let tables: string[] = [];
  const shared = {} as Record<Caller, Session>;
  const capturePages = {} as Record<"anonymous" | "reader" | "admin", Page>;
  let smtp: SMTPServer;
  let savedModeration: unknown = null;

  async function signedInSession(
    browser: import("@playwright/test").Browser,
    baseURL: string,
    sql: postgres.Sql,
    caller: Caller,
  ): Promise<Session> {
    if (caller === "anonymous") return { user: null, state: { cookies: [], origins: [] } };
    const user = await createUser(ROLE_OF[caller]);
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    await new SignInPage(page).signIn(user.email, user.password);
    await expect(page).toHaveURL(/\/$/);
    const state = await context.storageState();
    await context.close();
    // Banned after signing in: the session is still in the browser, the ban is re-read on each request.
    if (caller === "banned") await sql`update users set banned_at = now(), ban_reason = 'Matrix' where id = ${user.id}`;
    return { user, state };
  }

  test.beforeAll(async ({ browser, sql }, testInfo) => {
    test.setTimeout(180_000);
    const baseURL = String(testInfo.project.use.baseURL);
    tables = (
      await sql<
        { name: string }[]
      >`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`
    )
      .map((r) => r.name)
      .filter((n) => !NOT_CONTENT.includes(n));
    // Several comments by one user in a few seconds: the flood interval would refuse all but the first.
    savedModeration =
      (await sql<{ value: unknown }[]>`select value from settings where key = 'moderation'`)[0]?.value ?? null;
    await sql`insert into settings (key, value) values ('moderation', ${sql.json({ floodIntervalSeconds: 0 })})
              on conflict (key) do update set value = settings.value || excluded.value`;
    // Magic links are mailed: a sink that accepts them (the same port e2e/auth.spec.ts uses).
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      onData: (stream, _s, done) => stream.on("data", () => {}).on("end", () => done()),
    });
    await new Promise<void>((resolve) => smtp.listen(Number(process.env.E2E_SMTP_PORT ?? 2599), "127.0.0.1", resolve));
    for (const caller of CALLERS) shared[caller] = await signedInSession(browser, baseURL, sql, caller);
    for (const as of ["anonymous", "reader", "admin"] as const) {
      const context = await newContext(browser, baseURL, { storageState: shared[as].state, javaScriptEnabled: false });
      capturePages[as] = await context.newPage();
    }
  });

  test.afterAll(async ({ sql }) => {
    await Promise.all(Object.values(capturePages).map((p) => p.context().close()));
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
    // Leave the settings as found (no row means the defaults), also after the settings cell saved them.
    if (savedModeration)
      await sql`update settings set value = ${sql.json(savedModeration as postgres.JSONValue)} where key = 'moderation'`;
    else await sql`delete from settings where key = 'moderation'`;
  });

  for (const entry of TABLE) {
    test(`${entry.name} (${entry.public ? "public" : entry.allowed.join(", ")})`, async ({ browser, baseURL, sql }) => {
      test.skip(!!entry.untested, entry.untested);
      test.setTimeout(240_000);
      const origin = new URL(baseURL!).origin;
      const users = Object.fromEntries(
        CALLERS.filter((c) => c !== "anonymous").map((c) => [c, shared[c].user]),
      ) as Prepare["users"];
      const form: Prepare["form"] = async (as, path, selector, fill = {}) => {
        const page = capturePages[as];
        const response = await page.goto(path);
        expect(response?.status(), `${as} renders ${path}`).toBe(200);
        const entries = await page
          .locator(selector)
          .first()
          .evaluate((f: HTMLFormElement) =>
            Array.from(new FormData(f).entries()).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
          );
        const fields = { ...Object.fromEntries(entries), ...fill } as Record<string, string>;
        expect(
          Object.keys(fields).some((k) => k.startsWith("$ACTION")),
          `${selector} on ${path} is a server action form`,
        ).toBe(true);
        return fields;
      };

      const failures: string[] = [];
      for (const caller of CALLERS) {
        const session = entry.fresh ? await signedInSession(browser, baseURL!, sql, caller) : shared[caller];
        const replay = await entry.prepare!({ sql, caller, user: session.user, users, form });
        // A request context of its own per cell: cookies a response sets stay in this cell.
        const client = await apiRequest.newContext({
          baseURL,
          storageState: session.state,
          extraHTTPHeaders: { "x-forwarded-for": uniqueAddress() },
        });
        const before = await fingerprint(sql, tables);
        const headers = { origin, ...replay.headers };
        const response = await client.post(replay.url, {
          headers: replay.text !== undefined ? { ...headers, "content-type": "text/plain" } : headers,
          maxRedirects: 0,
          ...(replay.multipart
            ? { multipart: replay.multipart }
            : replay.json !== undefined
              ? { data: replay.json }
              : { data: replay.text }),
        });
        const succeeded = await replay.succeeded(response);
        const allowed = entry.allowed.includes(caller);
        if (allowed && !succeeded)
          failures.push(`${caller}: allowed, but the request did not succeed (HTTP ${response.status()})`);
        if (!allowed) {
          const after = await fingerprint(sql, tables);
          const changed = tables.filter((t) => before[t] !== after[t]);
          if (changed.length)
            failures.push(`${caller}: denied, but changed ${changed.join(", ")} (HTTP ${response.status()})`);
          if (succeeded) failures.push(`${caller}: denied, but the request succeeded (HTTP ${response.status()})`);
          // proxy.ts sends visitors of /dashboard to the sign-in page before the handler runs.
          const toSignIn =
            response.status() >= 300 &&
            response.status() < 400 &&
            new URL(response.headers()["location"] ?? "/", origin).pathname === "/signin";
          const refused = response.status() >= 400 && response.status() < 500;
          if (entry.kind === "route" && !refused && !toSignIn)
            failures.push(`${caller}: denied, but answered HTTP ${response.status()}`);
        }
        await client.dispose();
      }
      expect(failures, `${entry.name}: cells that broke the matrix`).toEqual([]);
    });
  }
});
