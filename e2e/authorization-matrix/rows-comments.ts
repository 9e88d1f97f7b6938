import { createHmac } from "node:crypto";
import { createArticle, createComment, uniqueEmail } from "../../tests/data";
import { ALL_BUT_BANNED, CALLERS, SIGNED_IN, type Entry, unique, exists } from "./shared";
import { E2E_AUTH_SECRET } from "../test-env";

// As server/comments/guest-tokens.ts signs, under the AUTH_SECRET playwright.config.ts gives the server.
const signed = (purpose: string, payload: string) =>
  createHmac("sha256", E2E_AUTH_SECRET).update(`${purpose}:${payload}`).digest("base64url");

// Reader pages: comments.
export const COMMENT_ROWS: Entry[] = [
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
    name: "app/(site)/posts/[slug]/guest-actions#postGuestCommentAction",
    kind: "action",
    allowed: ALL_BUT_BANNED,
    public:
      "guests comment without an account where the settings allow it (the demo does); each caller posts under an email address of its own, and a banned account is refused",
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      const email = uniqueEmail("matrix-gast");
      const fields = await form("anonymous", `/posts/${article.slug}`, "#respond form", {
        body: `Ein Gastkommentar aus der Matrix ${unique()}`,
        name: "Matrix-Gast",
        email,
      });
      // The form as filled in ten seconds after it was rendered (the minimum fill time).
      const startedAt = String(Date.now() - 10_000);
      return {
        url: `/posts/${article.slug}`,
        multipart: { ...fields, startedAt: `${startedAt}.${signed("guest-form", startedAt)}` },
        succeeded: () =>
          exists(sql`select 1 from comments where article_id = ${article.id} and guest_email = ${email}`),
      };
    },
  },
  {
    name: "app/api/comments/confirm/route#POST",
    kind: "route",
    // The signed link is the authorisation, with or without a session: it proves a mailbox, nothing more.
    allowed: [...CALLERS],
    public:
      "the link mailed to a guest confirms her email address; it needs no account, and each caller confirms an address of its own",
    async prepare({ sql }) {
      const email = uniqueEmail("matrix-bestaetigt");
      const x = String(Date.now() + 86_400_000);
      const query = new URLSearchParams({ e: email, x, s: signed("guest-confirm", `${email}.${x}`) });
      return {
        url: `/api/comments/confirm?${query}`,
        text: "",
        succeeded: () => exists(sql`select 1 from guest_emails where email = ${email}`),
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
];

// Reader pages: likes and reports (issue 18).
export const REACTION_ROWS: Entry[] = [
  {
    name: "app/(site)/posts/[slug]/actions#toggleLikeAction",
    kind: "action",
    allowed: SIGNED_IN,
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      const id = await createComment({
        articleId: article.id,
        body: `Ein Kommentar zum Mögen ${unique()}`,
        status: "approved",
      }).then((c) => c.id);
      const fields = await form("admin", `/posts/${article.slug}`, `#comment-${id} .comment__like`);
      return {
        url: `/posts/${article.slug}`,
        multipart: fields,
        succeeded: () => exists(sql`select 1 from comment_likes where comment_id = ${id}`),
      };
    },
  },
  {
    name: "app/c/[id]/melden/actions#reportCommentAction",
    kind: "action",
    allowed: ALL_BUT_BANNED,
    public:
      "readers without an account report too (limited per client address, one report per address and comment); a banned account may not",
    async prepare({ sql, users, form }) {
      const article = await createArticle(users.articleAuthor.id);
      const id = await createComment({
        articleId: article.id,
        body: `Ein Kommentar zum Melden ${unique()}`,
        status: "approved",
      }).then((c) => c.id);
      const fields = await form("anonymous", `/c/${id}/melden`, "#report-form", { reason: "spam" });
      return {
        url: `/c/${id}/melden`,
        multipart: fields,
        succeeded: () => exists(sql`select 1 from comment_reports where comment_id = ${id}`),
      };
    },
  },
];
