// Mails written by database triggers (replies: db/migrations/0011) carry only ids; their texts
// and links are filled in when they are sent, from the rows as they are then.
import type postgres from "postgres";
import { env } from "@/lib/env";
import { publicOrigin } from "@/server/http/public-origin";
import type { MailData, MailKind } from "./templates";
import { signUnsubscribe } from "./unsubscribe-token";

const EXCERPT_LENGTH = 300;

/** Absolute link to a path of the site (the configured origin, never a request's Host). */
export function siteUrlOf(path: string): string {
  return `${publicOrigin() ?? env().siteUrl}${path}`;
}

/** The data to render, or null when the mail should not go out any more (the reply is gone). */
export async function enrichMail(sql: postgres.Sql, kind: MailKind, data: MailData): Promise<MailData | null> {
  if (kind !== "reply") return data;
  const { commentId, parentId } = data as MailData & { commentId: number; parentId: number };
  const [reply] = await sql<{ body: string; name: string | null; title: string }[]>`
    select c.body, coalesce(u.name, c.guest_name) as name, a.title
    from comments c join articles a on a.id = c.article_id left join users u on u.id = c.author_id
    where c.id = ${commentId} and c.status = 'approved' and c.deleted_at is null`;
  if (!reply) return null;
  const excerpt = reply.body.length > EXCERPT_LENGTH ? `${reply.body.slice(0, EXCERPT_LENGTH)} …` : reply.body;
  return {
    url: siteUrlOf(`/c/${commentId}`),
    article: reply.title,
    name: reply.name ?? "—",
    excerpt,
    unsubscribeUrl: siteUrlOf(`/api/mail/unsubscribe?c=${parentId}&s=${signUnsubscribe(parentId)}`),
  };
}
