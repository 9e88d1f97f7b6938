import type postgres from "postgres";
import { createUser } from "../../tests/data";
import { ADMIN, type Entry, unique, exists } from "./shared";

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

// Dashboard: admin pages.
export const ADMIN_ROWS: Entry[] = [
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
];
