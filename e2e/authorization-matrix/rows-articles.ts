import { createArticle } from "../../tests/data";
import { AUTHORS, OWNER_OR_ADMIN, ADMIN, type Entry, unique, one, exists } from "./shared";

// Dashboard: articles.
export const ARTICLE_ROWS: Entry[] = [
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
];
