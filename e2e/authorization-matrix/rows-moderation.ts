import { createArticle, createComment, createUser } from "../../tests/data";
import { OWNER_OR_ADMIN, ADMIN, type Entry, unique, exists, actionId } from "./shared";

// Dashboard: comments.
export const MODERATION_ROWS: Entry[] = [
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
];
