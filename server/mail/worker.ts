// Delivers the outbox (server/mail/outbox.ts) through graphile-worker: one `send_mail` job per
// row, retried with graphile-worker's exponential backoff. At most once per row: the row is
// claimed (pending → sending, committed) before the SMTP conversation starts, and only a
// pending row is ever claimed, so neither a second worker nor a retry after a crash mid-send
// sends it again; such a row stays "sending" for an admin to look at (/dashboard/mail).
// The same runner carries the scheduled jobs (CRONTAB: address retention, moderation digests), with or without mail.
import { Logger, run, type Runner, type Task } from "graphile-worker";
import { createTransport, type Transporter } from "nodemailer";
import { hostname } from "node:os";
import postgres from "postgres";
import { logger } from "@/lib/log";
import { env } from "@/lib/env";
import { MODERATION_DIGEST_CRON } from "@/lib/limits";
import { addressRetentionDays, removeExpiredAddresses } from "@/server/privacy/retention";
import { digestDay, queueModerationDigests } from "./digest";
import { enrichMail } from "./enrich";
import { renderMail, type MailData, type MailKind } from "./templates";

export type MailWorkerOptions = {
  databaseUrl: string;
  /** Null: nothing is sent, mails wait in the outbox (SMTP_URL or EMAIL_FROM unset). */
  mail: { smtpUrl: string; from: string } | null;
  /** Tries before a row is dead (dead-letter, shown to admins). */
  maxAttempts: number;
  concurrency?: number;
};

type ClaimedRow = { id: number; kind: MailKind; recipient: string; data: MailData; attempts: number; created_at: Date };

// graphile-worker reports each failed try as an error with the job; the task logs it already.
const graphileLogger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") logger.warn({ component: "graphile-worker" }, message.split("\n")[0]);
});

/** Permanent refusals (5xx: no such mailbox, policy): trying again would not help. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

function messageId(row: ClaimedRow): string {
  const host = new URL(env().siteUrl).hostname || "localhost";
  return `<mail-${row.id}.${row.created_at.getTime().toString(36)}@${host}>`;
}

function withApplicationName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set("application_name", name);
  return url.toString();
}

/**
 * graphile-worker's cron registers each tick in `known_crontabs` with a conditional upsert, so
 * however many workers share the database, a tick queues one job. Retention: hourly at minute 7,
 * a worker that was down catches up on the last missed tick (fill=1h), at most 3 tries. Digests:
 * daily; a worker that was down at that hour queues the missed day's digests when it starts.
 */
const RETENTION_CRONTAB = "7 * * * * remove_expired_addresses ?fill=1h&max=3";
const CRONTAB = `${RETENTION_CRONTAB}\n${MODERATION_DIGEST_CRON} moderation_digest ?fill=1d`;

const retentionTask =
  (sql: postgres.Sql): Task =>
  async () => {
    const days = await addressRetentionDays(sql);
    const touched = await removeExpiredAddresses(sql, days);
    logger.info({ component: "retention", days, touched }, "expired client addresses removed");
  };

const moderationDigest =
  (sql: postgres.Sql): Task =>
  async (payload) => {
    const ts = (payload as { _cron?: { ts?: string } })._cron?.ts;
    const day = digestDay(ts ? new Date(ts) : new Date(), env().SITE_TIMEZONE);
    const queued = await queueModerationDigests(sql, day);
    logger.info({ component: "mail-worker", day, queued }, "moderation digests queued");
  };

export async function startMailWorker(options: MailWorkerOptions): Promise<{ stop: () => Promise<void> }> {
  if (!options.mail)
    logger.warn(
      { component: "mail-worker" },
      "SMTP_URL or EMAIL_FROM is not set: mails are kept in the outbox (/dashboard/mail) and sent once both are set",
    );
  // Which process holds a connection, for operators (pg_stat_activity) and the cluster test.
  const applicationName = `blattwerk-mail ${hostname()}:${process.pid}`;
  const sql = postgres(options.databaseUrl, {
    max: 2,
    onnotice: () => {},
    connection: { application_name: applicationName },
  });
  const transport = options.mail ? createTransport(options.mail.smtpUrl) : null;

  const sendMail =
    (from: string, transport: Transporter): Task =>
    async (payload) => {
      const id = Number((payload as { id?: unknown }).id);
      const [row] = await sql<ClaimedRow[]>`
      update mail_outbox set status = 'sending', attempts = attempts + 1, claimed_at = now(), last_error = null
      where id = ${id} and status = 'pending'
      returning id, kind, recipient, data, attempts, created_at`;
      if (!row) return; // sent, dead, or interrupted mid-send before: never sent again by itself
      try {
        const data = await enrichMail(sql, row.kind, row.data);
        if (!data) {
          await sql`update mail_outbox set status = 'dead', last_error = 'no longer to be sent (the comment is gone or was decided)' where id = ${id}`;
          return;
        }
        const mail = renderMail(row.kind, data, { name: env().SITE_NAME });
        const result = await transport.sendMail({
          from,
          to: row.recipient,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: messageId(row),
          date: new Date(),
          headers: mail.headers,
        });
        if (result.rejected.length)
          throw Object.assign(new Error(`rejected: ${result.rejected.join(", ")}`), { responseCode: 550 });
      } catch (error) {
        const dead = row.attempts >= options.maxAttempts || isPermanent(error);
        const message = error instanceof Error ? error.message : String(error);
        await sql`update mail_outbox set status = ${dead ? "dead" : "pending"}, last_error = ${message.slice(0, 1000)}
        where id = ${id} and status = 'sending'`;
        logger.warn(
          { component: "mail-worker", id, kind: row.kind, attempt: row.attempts, dead },
          `mail not sent: ${message}`,
        );
        if (dead) return;
        throw error; // graphile-worker tries again after exp(attempt) seconds
      }
      // A sent sign-in, reset, confirmation or data link need not stay readable in the database.
      await sql`update mail_outbox set status = 'sent', sent_at = now(),
      data = case when kind in ('sign-in-link', 'password-reset', 'confirm-email', 'guest-data') then data - 'url' else data end
      where id = ${id}`;
      logger.info({ component: "mail-worker", id, kind: row.kind }, "mail sent");
    };

  let runner: Runner;
  try {
    runner = await run({
      connectionString: withApplicationName(options.databaseUrl, applicationName),
      concurrency: options.concurrency ?? 2,
      maxPoolSize: (options.concurrency ?? 2) + 2,
      noHandleSignals: true,
      pollInterval: 2000,
      logger: graphileLogger,
      crontab: CRONTAB,
      // Without mail settings no send_mail task is known, so its jobs wait in the queue.
      taskList: {
        remove_expired_addresses: retentionTask(sql),
        moderation_digest: moderationDigest(sql),
        ...(options.mail && transport ? { send_mail: sendMail(options.mail.from, transport) } : {}),
      },
    });
  } catch (error) {
    await sql.end();
    throw error;
  }
  logger.info({ component: "mail-worker" }, "mail worker started");
  return {
    stop: async () => {
      await runner.stop();
      transport?.close();
      await sql.end({ timeout: 5 });
    },
  };
}
