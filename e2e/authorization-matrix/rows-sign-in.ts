import { createUser, uniqueEmail } from "../../tests/data";
import { ALL_BUT_BANNED, type Entry, unique, exists, hasSessionCookie } from "./shared";

// Sign-in and sign-up: public by design.
export const SIGN_IN_ROWS: Entry[] = [
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
];
