import sharp from "sharp";
import { expect } from "../fixtures";
import { createArticle } from "../../tests/data";
import { AUTHORS, OWNER_OR_ADMIN, ADMIN, type Entry, unique, MINIMAL_WXR, exists } from "./shared";

// Dashboard: static pages and menus (admins only).
export const PAGE_ROWS: Entry[] = [
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
    name: "app/dashboard/media/upload/route#POST",
    kind: "route",
    allowed: AUTHORS,
    async prepare() {
      const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 20, g: 120, b: 60 } } })
        .png()
        .toBuffer();
      return {
        url: "/dashboard/media/upload",
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
];
