import type { Metadata } from "next";
import Link from "next/link";
import forms from "@/components/auth/forms.module.css";
import { ActivitySubject } from "@/components/dashboard/activity-subject";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n";
import { ACTIVITY_ACTIONS } from "@/server/activity/activity-log";
import {
  isActivityAction,
  listActivity,
  listActivityPeople,
  type ActivityFilter,
} from "@/server/activity/activity-queries";
import { guardPage, requireRole } from "@/server/accounts/session";

export function generateMetadata(): Metadata {
  return { title: t("activity.title"), robots: { index: false } };
}

type Query = { person?: string | string[]; action?: string | string[]; before?: string | string[] };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function hrefOf(filter: ActivityFilter, before: number | null): string {
  const query = new URLSearchParams();
  if (filter.actorId) query.set("person", filter.actorId);
  if (filter.action) query.set("action", filter.action);
  if (before) query.set("before", String(before));
  const text = query.toString();
  return `/dashboard/activity${text ? `?${text}` : ""}`;
}

const actionLabel = (action: string) => (isActivityAction(action) ? t(`activity.actions.${action}`) : action);

// The site's activity log for admins: who did what to which comment, article, page, account or
// setting, and when. A plain GET form filters it (no JavaScript needed); pages go back by id.
export default async function ActivityPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const person = first(query.person).slice(0, 100);
  const action = first(query.action);
  const before = /^\d{1,9}$/.test(first(query.before)) ? Number(first(query.before)) : null;
  const filter: ActivityFilter = {
    actorId: person || null,
    action: isActivityAction(action) ? action : null,
    before,
  };
  const admin = await guardPage(() => requireRole("admin"), hrefOf(filter, before));
  const [{ rows, nextBefore }, people] = await Promise.all([listActivity(admin, filter), listActivityPeople(admin)]);
  return (
    <div>
      <h1>{t("activity.title")}</h1>
      <p>{t("activity.intro")}</p>
      <form method="get" action="/dashboard/activity" className={forms.inline} aria-label={t("activity.filter")}>
        <label>
          {t("activity.person")}{" "}
          <select name="person" defaultValue={filter.actorId ?? ""}>
            <option value="">{t("activity.all")}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("activity.action")}{" "}
          <select name="action" defaultValue={filter.action ?? ""}>
            <option value="">{t("activity.all")}</option>
            {ACTIVITY_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={forms.secondary}>
          {t("activity.apply")}
        </button>
      </form>
      {rows.length === 0 ? (
        <p>{t("activity.none")}</p>
      ) : (
        <table className={forms.table}>
          <thead>
            <tr>
              <th scope="col">{t("activity.when")}</th>
              <th scope="col">{t("activity.who")}</th>
              <th scope="col">{t("activity.what")}</th>
              <th scope="col">{t("activity.subject")}</th>
              <th scope="col">{t("activity.note")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-activity-id={row.id} data-action={row.action}>
                <td>{formatDateTime(row.createdAt)}</td>
                <td>{row.actorId ? (row.actorName ?? row.actorEmail) : t("activity.system")}</td>
                <td>{actionLabel(row.action)}</td>
                <td>
                  <ActivitySubject row={row} />
                </td>
                <td>{row.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {before || nextBefore ? (
        <nav aria-label={t("activity.pages")} className="dashboard-pagination">
          {before ? <Link href={hrefOf(filter, null)}>{t("activity.newest")}</Link> : null}
          {nextBefore ? (
            <Link href={hrefOf(filter, nextBefore)} rel="next">
              {t("activity.older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
