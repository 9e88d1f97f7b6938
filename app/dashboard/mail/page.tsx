import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/auth/forms.module.css";
import { formatDate } from "@/lib/format";
import { mailAdminMessages } from "@/lib/i18n/mail";
import { guardPage, requireRole } from "@/server/accounts/session";
import { listOutbox, MAIL_STATUSES, type MailStatus } from "@/server/mail/mail-admin";
import { retryMailAction } from "./actions";
import { RetryForm } from "./retry-form";

// A send takes seconds; a row still "sending" after five minutes was interrupted (a killed worker).
const isInterrupted = (claimedAt: Date | null) => claimedAt !== null && Date.now() - claimedAt.getTime() > 5 * 60_000;

export function generateMetadata(): Metadata {
  return { title: mailAdminMessages().title, robots: { index: false } };
}

// The outbox for admins: what waits, what went out, what was given up (dead-letter) or
// interrupted mid-send, with the last SMTP error; such mails can be queued again.
export default async function MailPage({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  const raw = (await searchParams).status;
  const status = MAIL_STATUSES.find((s) => s === (Array.isArray(raw) ? raw[0] : raw)) ?? null;
  const admin = await guardPage(() => requireRole("admin"), `/dashboard/mail${status ? `?status=${status}` : ""}`);
  const { rows, counts, sending } = await listOutbox(admin, status);
  const t = mailAdminMessages();
  const label = (s: MailStatus) => `${t.statuses[s]} (${counts[s] ?? 0})`;
  return (
    <div>
      <h1>{t.title}</h1>
      {sending ? null : <p role="status">{t.notSending}</p>}
      <nav aria-label={t.filter}>
        <ul className={styles.inline}>
          <li>{status ? <Link href="/dashboard/mail">{t.all}</Link> : <strong>{t.all}</strong>}</li>
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
        <p>{t.none}</p>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t.created}</th>
              <th scope="col">{t.kind}</th>
              <th scope="col">{t.recipient}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.attempts}</th>
              <th scope="col">{t.error}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-mail-id={row.id}>
                <td>{formatDate(row.createdAt)}</td>
                <td>{row.kind}</td>
                <td>{row.recipient}</td>
                <td>{t.statuses[row.status as MailStatus] ?? row.status}</td>
                <td>{row.attempts}</td>
                <td>{row.lastError ?? ""}</td>
                <td>
                  {row.status === "dead" || (row.status === "sending" && isInterrupted(row.claimedAt)) ? (
                    <RetryForm
                      label={row.status === "dead" ? t.retry : t.retryInterrupted}
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
