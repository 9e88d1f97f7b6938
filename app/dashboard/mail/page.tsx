import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/auth/forms.module.css";
import { formatDate } from "@/lib/format";
import { t } from "@/lib/i18n";
import { guardPage, requireRole } from "@/server/accounts/session";
import { listOutbox, MAIL_STATUSES, type MailStatus } from "@/server/mail/mail-admin";
import { retryMailAction } from "./actions";
import { RetryForm } from "./retry-form";

// A send takes seconds; a row still "sending" after five minutes was interrupted (a killed worker).
const isInterrupted = (claimedAt: Date | null) => claimedAt !== null && Date.now() - claimedAt.getTime() > 5 * 60_000;

const isStatus = (s: string): s is MailStatus => (MAIL_STATUSES as string[]).includes(s);

export function generateMetadata(): Metadata {
  return { title: t("mailAdmin.title"), robots: { index: false } };
}

// The outbox for admins: what waits, what went out, what was given up (dead-letter) or
// interrupted mid-send, with the last SMTP error; such mails can be queued again.
export default async function MailPage({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  const raw = (await searchParams).status;
  const status = MAIL_STATUSES.find((s) => s === (Array.isArray(raw) ? raw[0] : raw)) ?? null;
  const admin = await guardPage(() => requireRole("admin"), `/dashboard/mail${status ? `?status=${status}` : ""}`);
  const { rows, counts, sending } = await listOutbox(admin, status);
  const label = (s: MailStatus) => `${t(`mailAdmin.statuses.${s}`)} (${counts[s] ?? 0})`;
  return (
    <div>
      <h1>{t("mailAdmin.title")}</h1>
      {sending ? null : <p role="status">{t("mailAdmin.notSending")}</p>}
      <nav aria-label={t("mailAdmin.filter")}>
        <ul className={styles.inline}>
          <li>
            {status ? <Link href="/dashboard/mail">{t("mailAdmin.all")}</Link> : <strong>{t("mailAdmin.all")}</strong>}
          </li>
          {MAIL_STATUSES.map((s) => (
            <li key={s}>
              {s === status ? (
                <strong>{label(s)}</strong>
              ) : (
                <Link href={`/dashboard/mail?status=${s}`}>{label(s)}</Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>{t("mailAdmin.none")}</p>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("mailAdmin.created")}</th>
              <th scope="col">{t("mailAdmin.kind")}</th>
              <th scope="col">{t("mailAdmin.recipient")}</th>
              <th scope="col">{t("mailAdmin.status")}</th>
              <th scope="col">{t("mailAdmin.attempts")}</th>
              <th scope="col">{t("mailAdmin.error")}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-mail-id={row.id}>
                <td>{formatDate(row.createdAt)}</td>
                <td>{row.kind}</td>
                <td>{row.recipient}</td>
                <td>{isStatus(row.status) ? t(`mailAdmin.statuses.${row.status}`) : row.status}</td>
                <td>{row.attempts}</td>
                <td>{row.lastError ?? ""}</td>
                <td>
                  {row.status === "dead" || (row.status === "sending" && isInterrupted(row.claimedAt)) ? (
                    <RetryForm
                      label={row.status === "dead" ? t("mailAdmin.retry") : t("mailAdmin.retryInterrupted")}
                      action={retryMailAction.bind(null, row.id)}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
