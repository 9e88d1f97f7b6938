import { createArticle, createComment, createGuestDataLink, uniqueEmail } from "../../tests/data";
import { ADMIN, CALLERS, type Entry, exists, unique } from "./shared";

// Privacy: a guest's data request, the mailed link's export and deletion, the retention setting.
// The data rights hold for everyone, banned accounts included: a request concerns an email
// address, not the caller's account, and the mailed link (its token) is the proof.
const GUEST_DATA = "DSGVO data rights by email address; the mailed link's token is the authorisation";

async function guestComment(authorId: string) {
  const article = await createArticle(authorId);
  const email = uniqueEmail("matrix-gast");
  const body = `Gastkommentar ${unique()}`;
  const comment = await createComment({ articleId: article.id, body, status: "approved", guestEmail: email });
  return { email, body, comment };
}

// A value no earlier cell saved, so a denied cell cannot look like a success.
let nextDays = 40;
const inAnHour = () => new Date(Date.now() + 3_600_000);

export const PRIVACY_ROWS: Entry[] = [
  {
    name: "app/meine-daten/actions#requestGuestDataAction",
    kind: "action",
    allowed: [...CALLERS],
    public: GUEST_DATA,
    async prepare({ sql, users, form }) {
      const { email } = await guestComment(users.articleAuthor.id);
      const fields = await form("anonymous", "/meine-daten", "form:has(#guest-data-email)", { email });
      return {
        url: "/meine-daten",
        multipart: fields,
        succeeded: () => exists(sql`select 1 from guest_data_links where email = ${email}`),
      };
    },
  },
  {
    name: "app/meine-daten/actions#deleteGuestDataAction",
    kind: "action",
    allowed: [...CALLERS],
    public: GUEST_DATA,
    async prepare({ sql, users, form }) {
      const { email, comment } = await guestComment(users.articleAuthor.id);
      const token = await createGuestDataLink(email, inAnHour());
      // The form comes from another guest's link page.
      const other = await guestComment(users.articleAuthor.id);
      const formToken = await createGuestDataLink(other.email, inAnHour());
      const fields = await form(
        "anonymous",
        `/meine-daten/zugang?token=${formToken}`,
        "form:has(#guest-data-confirm-error)",
        { token, confirm: "yes" },
      );
      return {
        url: `/meine-daten/zugang?token=${formToken}`,
        multipart: fields,
        succeeded: async () => !(await exists(sql`select 1 from comments where id = ${comment.id}`)),
      };
    },
  },
  {
    name: "app/meine-daten/export/route#POST",
    kind: "route",
    allowed: [...CALLERS],
    public: GUEST_DATA,
    async prepare({ users }) {
      const { email, body } = await guestComment(users.articleAuthor.id);
      const token = await createGuestDataLink(email, inAnHour());
      return {
        url: "/meine-daten/export",
        multipart: { token, format: "json" },
        succeeded: async (response) => response.status() === 200 && (await response.text()).includes(body),
      };
    },
  },
  {
    name: "app/dashboard/settings/actions#savePrivacySettingsAction",
    kind: "action",
    allowed: ADMIN,
    async prepare({ sql, form }) {
      const days = String(nextDays++);
      const fields = await form("admin", "/dashboard/settings", "form:has([name=addressRetentionDays])", {
        addressRetentionDays: days,
      });
      return {
        url: "/dashboard/settings",
        multipart: fields,
        succeeded: () =>
          exists(sql`select 1 from settings where key = 'privacy' and value->>'addressRetentionDays' = ${days}`),
      };
    },
  },
];
