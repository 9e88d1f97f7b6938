import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { articleRevisions, pageRevisions, users } from "@/db/schema";
import { diffText, type DiffRow } from "@/lib/revision-diff";
import { notFound } from "@/server/http/errors";
import { loadOwnedArticle } from "@/server/articles/article-access";
import { loadPage } from "@/server/pages/page-writes";
import type { CurrentUser } from "@/server/accounts/session";
import type { Owner } from "./slug-rules";

// Earlier versions of articles and pages, listed and compared the same way for both. Each
// save keeps the version it replaces (server/articles/article-writes.ts, server/pages/page-writes.ts).
// Access is the owner's: an article's author or an admin; pages admins only.

export type RevisionSummary = { id: number; title: string; savedAt: Date; savedBy: string | null };
/** One version's text; `id` null is the current version. */
export type RevisionText = { id: number | null; title: string; body: string; savedAt: Date; savedBy: string | null };
export type Version = number | "current";

async function currentVersion(user: CurrentUser, owner: Owner, id: number): Promise<RevisionText> {
  const row =
    owner === "article"
      ? await loadOwnedArticle(db, user, id, false).then((a) => ({ ...a, savedById: a.updatedBy ?? a.authorId }))
      : await loadPage(db, user, id).then((p) => ({ ...p, savedById: p.updatedBy }));
  const [saver] = row.savedById
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.savedById))
    : [];
  return { id: null, title: row.title, body: row.body, savedAt: row.updatedAt, savedBy: saver?.name ?? null };
}

function revisionQuery(owner: Owner, id: number) {
  const table = owner === "article" ? articleRevisions : pageRevisions;
  const ownerColumn = owner === "article" ? articleRevisions.articleId : pageRevisions.pageId;
  return {
    table,
    fields: { id: table.id, title: table.title, body: table.body, savedAt: table.savedAt, savedBy: users.name },
    ofOwner: eq(ownerColumn, id),
  };
}

export async function listRevisions(
  user: CurrentUser,
  owner: Owner,
  id: number,
): Promise<{ current: RevisionText; revisions: RevisionSummary[] }> {
  const current = await currentVersion(user, owner, id);
  const q = revisionQuery(owner, id);
  const revisions = await db
    .select({ id: q.table.id, title: q.table.title, savedAt: q.table.savedAt, savedBy: users.name })
    .from(q.table)
    .leftJoin(users, eq(users.id, q.table.savedBy))
    .where(q.ofOwner)
    .orderBy(desc(q.table.savedAt), desc(q.table.id));
  return { current, revisions };
}

async function versionText(owner: Owner, id: number, version: Version, current: RevisionText): Promise<RevisionText> {
  if (version === "current") return current;
  const q = revisionQuery(owner, id);
  const [row] = await db
    .select(q.fields)
    .from(q.table)
    .leftJoin(users, eq(users.id, q.table.savedBy))
    .where(and(eq(q.table.id, version), q.ofOwner));
  if (!row) throw notFound(`revision ${version} of ${owner} ${id}`);
  return row;
}

export type Comparison = { from: RevisionText; to: RevisionText; title: DiffRow[]; body: DiffRow[] };

/** Two versions of the Markdown, title and body, line by line (see lib/revision-diff.ts). */
export async function compareRevisions(
  user: CurrentUser,
  owner: Owner,
  id: number,
  from: Version,
  to: Version,
): Promise<Comparison> {
  const current = await currentVersion(user, owner, id);
  const [a, b] = [await versionText(owner, id, from, current), await versionText(owner, id, to, current)];
  return { from: a, to: b, title: diffText(a.title, b.title), body: diffText(a.body, b.body) };
}

/** A version as a compare link names it: a revision id or "current"; anything else is null. */
export function parseVersion(raw: string | string[] | undefined): Version | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === "current") return "current";
  return value && /^\d{1,9}$/.test(value) ? Number(value) : null;
}
