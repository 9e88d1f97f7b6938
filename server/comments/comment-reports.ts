import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  articles,
  commentReports,
  comments,
  isPubliclyVisible,
  moderationEvents,
  users,
  type ReportReason,
} from "@/db/schema";
import { REPORT_NOTE_MAX_LENGTH } from "@/lib/limits";
import { reserveReport } from "@/server/accounts/rate-limit";
import { conflict, forbidden, notFound, rateLimited } from "@/server/http/errors";
import { MODERATION_SETTINGS_KEY, parseModerationSettings } from "@/server/site/settings";

// Readers' reports ("Melden"). A comment reported by `reportThreshold` different readers is
// held (approved → pending) in the report's own transaction; the comments trigger then
// publishes its article's keys, so cached pages stop showing it.

/** Who reports: a signed-in reader by account, anyone else by client address. */
export type Reporter = { userId: string; address: string } | { userId: null; address: string };

export const reporterKey = (r: Reporter) => (r.userId ? `user:${r.userId}` : `address:${r.address}`);

/** A comment readers can see, as the report page shows it; null when there is none to report. */
export async function getReportableComment(id: number) {
  const [row] = await db
    .select({
      id: comments.id,
      body: comments.body,
      authorId: comments.authorId,
      authorName: sql<string | null>`coalesce(${users.name}, ${comments.guestName})`,
      articleTitle: articles.title,
      articleSlug: articles.slug,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.id, id), eq(comments.status, "approved"), isNull(comments.deletedAt), isPubliclyVisible));
  return row ?? null;
}

export type ReportResult = { held: boolean; reports: number };

export async function reportComment(
  reporter: Reporter,
  commentId: number,
  reason: ReportReason,
  rawNote: string,
): Promise<ReportResult> {
  const note = rawNote.trim().slice(0, REPORT_NOTE_MAX_LENGTH) || null;
  const target = await getReportableComment(commentId);
  if (!target) throw notFound(`comment ${commentId}`);
  if (reporter.userId && target.authorId === reporter.userId) throw forbidden("report.own");
  const wait = await reserveReport(reporter.userId ? { userId: reporter.userId } : { address: reporter.address });
  if (wait !== null) throw rateLimited("report.tooMany", wait);
  return db.transaction(async (tx) => {
    // The row lock orders concurrent reports of one comment: each counts what the ones before
    // it committed, so exactly the report that reaches the threshold holds the comment.
    const [comment] = await tx
      .select({ status: comments.status })
      .from(comments)
      .where(eq(comments.id, commentId))
      .for("update");
    if (!comment || comment.status !== "approved") throw notFound(`comment ${commentId}`);
    const inserted = await tx
      .insert(commentReports)
      .values({ commentId, reporter: reporterKey(reporter), reporterId: reporter.userId, reason, note })
      .onConflictDoNothing()
      .returning({ id: commentReports.id });
    if (inserted.length === 0) throw conflict("report.duplicate", `comment ${commentId}`);
    const [{ n, settings }] = await tx
      .select({
        n: sql<number>`(select count(*)::int from ${commentReports} where ${commentReports.commentId} = ${commentId})`,
        settings: sql<unknown>`(select value from settings where key = ${MODERATION_SETTINGS_KEY})`,
      })
      .from(sql`(select 1) as one`);
    const threshold = parseModerationSettings(settings).reportThreshold;
    if (n < threshold) return { held: false, reports: n };
    await tx.update(comments).set({ status: "pending", updatedAt: new Date() }).where(eq(comments.id, commentId));
    await tx.insert(moderationEvents).values({
      commentId,
      actorId: null,
      action: "auto_hold",
      fromStatus: "approved",
      toStatus: "pending",
      note: `${n} reports`,
    });
    return { held: true, reports: n };
  });
}

export type ReportSummary = { reason: ReportReason; note: string | null; createdAt: Date; reporterName: string | null };

/** The reports of comments (moderators only: callers check the scope), oldest first. */
export async function listReports(commentIds: number[]): Promise<Map<number, ReportSummary[]>> {
  const byComment = new Map<number, ReportSummary[]>();
  if (commentIds.length === 0) return byComment;
  const rows = await db
    .select({
      commentId: commentReports.commentId,
      reason: commentReports.reason,
      note: commentReports.note,
      createdAt: commentReports.createdAt,
      reporterName: users.name,
    })
    .from(commentReports)
    .leftJoin(users, eq(users.id, commentReports.reporterId))
    .where(sql`${commentReports.commentId} in ${commentIds}`)
    .orderBy(commentReports.createdAt, commentReports.id);
  for (const { commentId, ...report } of rows) {
    const list = byComment.get(commentId) ?? [];
    list.push(report);
    byComment.set(commentId, list);
  }
  return byComment;
}
