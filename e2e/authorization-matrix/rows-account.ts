import { createImageBytes } from "../../tests/data";
import { ADMIN, AUTHORS, SIGNED_IN, type Entry, unique, one, exists } from "./shared";

// Own account: each cell with fresh users, as these end the caller's session or account.
export const ACCOUNT_ROWS: Entry[] = [
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
    name: "app/account/actions#changeBioAction",
    kind: "action",
    // Readers have no author page, so no bio.
    allowed: AUTHORS,
    async prepare({ sql, form }) {
      const bio = `Matrix-Biografie ${unique()}`;
      const fields = await form("admin", "/account", "form:has(#account-bio)", { bio });
      return {
        url: "/account",
        multipart: fields,
        succeeded: () => exists(sql`select 1 from users where bio = ${bio}`),
      };
    },
  },
  {
    name: "app/account/photo/route#POST",
    kind: "route",
    allowed: AUTHORS,
    async prepare({ sql, user }) {
      // A picture of its own per cell (a unique colour): its hash names the stored photo.
      const n = Number.parseInt(unique().slice(-4), 36);
      const colour = { r: n % 256, g: (n >> 8) % 256, b: (n >> 3) % 256 };
      const buffer = await createImageBytes(70, 70, "png", colour);
      const before = user
        ? (await one(sql<{ image: string | null }[]>`select image from users where id = ${user.id}`)).image
        : null;
      return {
        url: "/account/photo",
        multipart: { photo: { name: "matrix.png", mimeType: "image/png", buffer } },
        succeeded: async (response) =>
          response.status() === 303 &&
          !!user &&
          (await one(sql<{ image: string | null }[]>`select image from users where id = ${user.id}`)).image !== before,
      };
    },
  },
  {
    name: "app/dashboard/settings/actions#saveAvatarSettingsAction",
    kind: "action",
    allowed: ADMIN,
    async prepare({ sql, form }) {
      // Off after every cell: the fingerprint sees a denied caller turn it on.
      await sql`delete from settings where key = 'avatars'`;
      const fields = await form("admin", "/dashboard/settings", "form:has(#settings-gravatar)", { gravatar: "on" });
      return {
        url: "/dashboard/settings",
        multipart: fields,
        succeeded: async () => {
          const on = await exists(sql`select 1 from settings where key = 'avatars' and value->>'gravatar' = 'true'`);
          await sql`delete from settings where key = 'avatars'`;
          return on;
        },
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
];
