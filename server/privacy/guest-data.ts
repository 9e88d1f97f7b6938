import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, comments, guestDataLinks, moderationEvents, type CommentStatus } from "@/db/schema";
import { cacheKey, PURGE_CHANNEL, purgePayloads } from "@/lib/cache-keys";
import { GUEST_DATA_LINK_HOURS } from "@/lib/limits";
import { logger } from "@/lib/log";
import { reserveMailLink } from "@/server/accounts/rate-limit";
import { invalid, rateLimited } from "@/server/http/errors";
import { enqueueMail } from "@/server/mail/outbox";
import { siteLink } from "@/server/site/mail";

// A guest's comments, found by the email address she gave (Art. 15, 17 and 20 DSGVO): she asks
// on /meine-daten, a mailed link opens them for export and deletion. Guest addresses are
// stored lower-case (the WordPress import and the guest form), so she is matched exactly.

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const normalise = (email: string) => email.trim().toLowerCase();

/**
 * Mails a link when comments with this address exist. The caller answers the same either way,
 * and the limits count every request, so neither the answer nor a refusal tells who commented.
 */
export async function requestGuestData(email: string, address: string): Promise<void> {
  const wanted = normalise(email);
  const blocked = await reserveMailLink("guest_data", wanted, address);
  if (blocked !== null)
    throw rateLimited("errors.tooManyMailLinks", blocked, `guest data for ${wanted} from ${address}`);
  const found = await db.$count(comments, eq(comments.guestEmail, wanted));
  if (found === 0) {
    logger.info({ where: "guest-data", address }, "guest data requested for an address without comments: no mail");
    return;
  }
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  await db.transaction(async (tx) => {
    await tx
      .insert(guestDataLinks)
      .values({ tokenHash, email: wanted, expiresAt: new Date(Date.now() + GUEST_DATA_LINK_HOURS * 3_600_000) });
    await enqueueMail(tx, {
      kind: "guest-data",
      eventKey: `guest-data:${tokenHash}`,
      to: wanted,
      data: { url: siteLink(`/meine-daten/zugang?token=${token}`) },
    });
  });
}

const usable = (tokenHash: string) =>
  and(eq(guestDataLinks.tokenHash, tokenHash), isNull(guestDataLinks.usedAt), gt(guestDataLinks.expiresAt, sql`now()`));

/** The address a link opens, or null when it is unknown, used up or expired. */
export async function openGuestDataLink(token: string): Promise<{ email: string; expiresAt: Date } | null> {
  const [link] = await db
    .select({ email: guestDataLinks.email, expiresAt: guestDataLinks.expiresAt })
    .from(guestDataLinks)
    .where(usable(hashToken(token)));
  return link ?? null;
}

export type GuestComment = {
  articleTitle: string;
  articleUrl: string;
  date: string;
  name: string | null;
  website: string | null;
  status: CommentStatus;
  text: string;
};

/** Her comments as she gave them, oldest first (the export); refused for an unusable link. */
export async function exportGuestComments(token: string): Promise<GuestComment[]> {
  const link = await openGuestDataLink(token);
  if (!link) throw invalid("errors.guestDataLinkInvalid", "guest data export with an unknown, used or expired link");
  const rows = await db
    .select({
      title: articles.title,
      slug: articles.slug,
      createdAt: comments.createdAt,
      name: comments.guestName,
      url: comments.guestUrl,
      status: comments.status,
      body: comments.body,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(eq(comments.guestEmail, link.email))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  return rows.map((r) => ({
    articleTitle: r.title,
    articleUrl: siteLink(`/posts/${r.slug}`),
    date: r.createdAt.toISOString(),
    name: r.name,
    website: r.url,
    status: r.status,
    text: r.body,
  }));
}

/** How many comments the link's address has (the page says what deleting will remove). */
export async function countGuestComments(email: string): Promise<number> {
  return db.$count(comments, eq(comments.guestEmail, email));
}

/**
 * Deletes every comment of the link's address and uses the link up, in one transaction. A
 * comment others replied to keeps its place with neither text nor name ("Gelöschter Nutzer",
 * "Dieser Kommentar wurde … gelöscht"), so the replies stay in their thread; the others go.
 * Moderation history holding her old texts goes too. The affected articles' keys are published.
 */
export async function deleteGuestComments(token: string): Promise<{ deleted: number; articleIds: number[] }> {
  return db.transaction(async (tx) => {
    const [link] = await tx
      .update(guestDataLinks)
      .set({ usedAt: sql`now()` })
      .where(usable(hashToken(token)))
      .returning({ email: guestDataLinks.email });
    if (!link)
      throw invalid("errors.guestDataLinkInvalid", "guest data deletion with an unknown, used or expired link");
    const mine = await tx
      .select({
        id: comments.id,
        articleId: comments.articleId,
        // Written out: Drizzle leaves a one-table query's columns unqualified, which the subquery would take for its own.
        hasReplies: sql<boolean>`exists (select 1 from comments r where r.parent_id = "comments"."id")`,
      })
      .from(comments)
      .where(eq(comments.guestEmail, link.email))
      .for("update");
    if (mine.length === 0) return { deleted: 0, articleIds: [] };
    const ids = mine.map((c) => c.id);
    const placeholders = mine.filter((c) => c.hasReplies).map((c) => c.id);
    await tx.delete(moderationEvents).where(inArray(moderationEvents.commentId, ids));
    if (placeholders.length > 0)
      await tx
        .update(comments)
        .set({
          body: "",
          guestName: null,
          guestEmail: null,
          guestUrl: null,
          notifyReplies: false,
          deletedAt: sql`coalesce(${comments.deletedAt}, now())`,
          updatedAt: sql`now()`,
        })
        .where(inArray(comments.id, placeholders));
    const gone = ids.filter((id) => !placeholders.includes(id));
    if (gone.length > 0) await tx.delete(comments).where(inArray(comments.id, gone));
    await tx.insert(moderationEvents).values({
      actorId: null,
      action: "guest_data.delete",
      note: `a guest deleted her ${ids.length} comments by mailed link (${placeholders.length} kept as placeholders for replies)`,
    });
    const articleIds = [...new Set(mine.map((c) => c.articleId))];
    // The triggers miss a placeholder that only lost its name (its text was gone before), so the
    // keys go out here as well, at commit like the triggers' (purges are idempotent).
    const payloads = JSON.stringify(purgePayloads([cacheKey.moderation, ...articleIds.map(cacheKey.comments)]));
    await tx.execute(
      sql`select pg_notify(${PURGE_CHANNEL}, payload) from jsonb_array_elements_text(${payloads}::jsonb) as payload`,
    );
    return { deleted: ids.length, articleIds };
  });
}
