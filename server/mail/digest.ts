// The daily digest of comments waiting for moderation, for authors and admins who chose "daily".
// A graphile-worker cron task (server/mail/worker.ts) queues it; the outbox's unique (event_key,
// recipient) with the key `moderation-digest:<day>` keeps it to one mail per recipient and day,
// however often the task runs (two workers, a retry, a backfill after downtime).
import type postgres from "postgres";
import { MODERATION_DIGEST_MAX_COMMENTS } from "@/lib/limits";

/** The calendar day of `at` in the site's time zone, as YYYY-MM-DD. */
export function digestDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/**
 * One outbox row per recipient with waiting comments (never her own) on her articles, or on every
 * article for admins who chose so; the worker renders them at send time (server/mail/enrich.ts).
 * Returns how many digests were queued (0 for a day that has them already).
 */
export async function queueModerationDigests(sql: postgres.Sql, day: string): Promise<number> {
  const rows = await sql`
    insert into mail_outbox (kind, event_key, recipient, data)
    select 'moderation-digest', ${`moderation-digest:${day}`}, u.email,
      json_build_object('day', ${day}::text,
        'commentIds', (array_agg(c.id order by c.created_at, c.id))[1:${MODERATION_DIGEST_MAX_COMMENTS}])
    from users u
    join articles a on a.author_id = u.id or (u.role = 'admin' and u.moderation_alerts_all)
    join comments c on c.article_id = a.id and c.status = 'pending' and c.deleted_at is null
      and c.author_id is distinct from u.id
    where u.moderation_alerts = 'daily' and u.role in ('author', 'admin')
      and u.email is not null and u.banned_at is null
    group by u.id, u.email
    on conflict (event_key, recipient) do nothing
    returning id`;
  return rows.length;
}
