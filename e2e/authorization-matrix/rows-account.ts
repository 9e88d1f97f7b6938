import { SIGNED_IN, type Entry, unique, one, exists } from "./shared";

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
