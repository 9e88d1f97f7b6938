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

const excerptOf = (body: string) => (body.length > EXCERPT_LENGTH ? `${body.slice(0, EXCERPT_LENGTH)} …` : body);

type Waiting = { id: number; body: string; name: string | null; title: string };

// Comments still waiting for moderation, in the given order; gone or decided ones drop out.
const waitingComments = (sql: postgres.Sql, ids: number[]) => sql<Waiting[]>`
  select c.id, c.body, coalesce(u.name, c.guest_name) as name, a.title
  from comments c join articles a on a.id = c.article_id left join users u on u.id = c.author_id
  where c.id = any(${ids}::int[]) and c.status = 'pending' and c.deleted_at is null
  order by array_position(${ids}::int[], c.id)`;

const dashboardLink = (id: number) => siteUrlOf(`/dashboard/comments/${id}`);

/** The data to render, or null when the mail should not go out any more (the reply is gone, the comment decided). */
export async function enrichMail(sql: postgres.Sql, kind: MailKind, data: MailData): Promise<MailData | null> {
  if (kind === "moderation-alert") {
    const [comment] = await waitingComments(sql, [(data as MailData & { commentId: number }).commentId]);
    if (!comment) return null;
    const { title: article, name, body } = comment;
    return { url: dashboardLink(comment.id), article, name: name ?? "—", excerpt: excerptOf(body) };
  }
  if (kind === "moderation-digest") {
    const rows = await waitingComments(sql, (data as MailData & { commentIds: number[] }).commentIds);
    if (!rows.length) return null;
    const items = rows.map((c) => ({
      url: dashboardLink(c.id),
      article: c.title,
      name: c.name ?? "—",
      excerpt: excerptOf(c.body),
    }));
    return { url: siteUrlOf("/dashboard/comments"), items };
  }
  if (kind !== "reply") return data;
  const { commentId, parentId } = data as MailData & { commentId: number; parentId: number };
  const [reply] = await sql<{ body: string; name: string | null; title: string }[]>`
    select c.body, coalesce(u.name, c.guest_name) as name, a.title
    from comments c join articles a on a.id = c.article_id left join users u on u.id = c.author_id
    where c.id = ${commentId} and c.status = 'approved' and c.deleted_at is null`;
  if (!reply) return null;
  const excerpt = excerptOf(reply.body);
  return {
    url: siteUrlOf(`/c/${commentId}`),
    article: reply.title,
    name: reply.name ?? "—",
    excerpt,
    unsubscribeUrl: siteUrlOf(`/api/mail/unsubscribe?c=${parentId}&s=${signUnsubscribe(parentId)}`),
  };
}
