import type { Metadata } from "next";
import styles from "@/components/auth/forms.module.css";
import { formatDate } from "@/lib/format";
import { t, texts } from "@/lib/i18n";
import { guardPage, requireRole } from "@/server/accounts/session";
import { listUsers } from "@/server/accounts/users";
import { banUserAction, changeRoleAction, unbanUserAction } from "./actions";
import { UserForms } from "./user-forms";

export function generateMetadata(): Metadata {
  return { title: t("users.title"), robots: { index: false } };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const formTexts = texts("users.");
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const admin = await guardPage(
    () => requireRole("admin"),
    `/dashboard/users${q ? `?q=${encodeURIComponent(q)}` : ""}`,
  );
  const users = await listUsers(admin, q);
  return (
    <div>
      <h1>{t("users.title")}</h1>
      <form role="search" method="get" className={`${styles.form} ${styles.inline}`}>
        <label htmlFor="user-search">{t("users.searchLabel")}</label>
        <input id="user-search" type="search" name="q" defaultValue={q} />
        <button type="submit" className={styles.secondary}>
          {t("users.search")}
        </button>
      </form>
      {users.length === 0 ? (
        <p>{t("users.none")}</p>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("users.name")}</th>
              <th scope="col">{t("users.email")}</th>
              <th scope="col">{t("users.status")}</th>
              <th scope="col">{t("users.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-user-email={u.email ?? undefined}>
                <td>
                  {u.name ?? "—"} {u.id === admin.id ? t("users.you") : null}
                </td>
                <td>{u.email}</td>
                <td>
                  {t(`users.roles.${u.role}`)}
                  <br />
                  {u.bannedAt
                    ? `${t("users.bannedSince", { date: formatDate(u.bannedAt) })}: ${u.banReason ?? ""}`
                    : t("users.active")}
                </td>
                <td>
                  <UserForms
                    t={formTexts}
                    userId={u.id}
                    role={u.role}
                    banned={u.bannedAt !== null}
                    isSelf={u.id === admin.id}
                    actions={{
                      changeRole: changeRoleAction.bind(null, u.id),
                      ban: banUserAction.bind(null, u.id),
                      unban: unbanUserAction.bind(null, u.id),
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
