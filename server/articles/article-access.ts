import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { articles, type Article } from "@/db/schema";
import { forbidden, notFound } from "@/server/http/errors";
import type { Tx } from "@/server/activity/activity-log";
import type { CurrentUser } from "@/server/accounts/session";

// Who may touch an article in the editor: authors their own, admins any. Every read and write
// of the editor, its revisions and the trash asks here, inside the transaction that writes.

export function assertWriter(user: CurrentUser): void {
  if (user.role !== "author" && user.role !== "admin")
    throw forbidden("errors.forbidden", `user ${user.id} (${user.role}) cannot write articles`);
}

/** 404 for an unknown article, 403 for someone else's (admins excepted). Locks the row when writing. */
export async function loadOwnedArticle(
  tx: Tx | typeof db,
  user: CurrentUser,
  id: number,
  lock: boolean,
): Promise<Article> {
  assertWriter(user);
  const query = tx.select().from(articles).where(eq(articles.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound(`article ${id}`);
  if (user.role !== "admin" && row.authorId !== user.id)
    throw forbidden("errors.forbidden", `user ${user.id} edits article ${id} of ${row.authorId}`);
  return row;
}
