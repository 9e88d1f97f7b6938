// Old WordPress addresses of what was imported → the new paths (legacy_redirects), so links
// and search results pointing at the old blog keep working (301, app/(site)/[...legacy]).
import { sql } from "drizzle-orm";
import { legacyRedirects } from "@/db/schema";
import { legacyPathOf, normalizeLegacyPath } from "@/lib/legacy-path";
import type { Context, Tx } from "./context";
import { count } from "./report";
import type { WxrItem } from "./types";

export async function saveRedirects(tx: Tx, ctx: Context, pairs: Map<string, string>): Promise<void> {
  // A path that is already where it should go needs no redirect.
  for (const [path, target] of pairs) if (path === target || path === "/") pairs.delete(path);
  if (pairs.size === 0) return;
  const written = await tx
    .insert(legacyRedirects)
    .values(Array.from(pairs, ([path, target]) => ({ path, target })))
    .onConflictDoUpdate({
      target: legacyRedirects.path,
      set: { target: sql`excluded.target` },
      setWhere: sql`${legacyRedirects.target} <> excluded.target`,
    })
    .returning({ inserted: sql<boolean>`xmax = 0` });
  const imported = written.filter((w) => w.inserted).length;
  count(ctx.report, "redirects", "imported", imported);
  count(ctx.report, "redirects", "updated", written.length - imported);
  count(ctx.report, "redirects", "unchanged", pairs.size - written.length);
}

/** The post's permalink, "/?p=<id>" and every slug it had (`_wp_old_slug`) → /posts/<slug>. */
export async function recordPostRedirects(tx: Tx, ctx: Context, item: WxrItem, slug: string): Promise<void> {
  const target = `/posts/${slug}`;
  const pairs = new Map<string, string>();
  const permalink = item.link ? legacyPathOf(item.link) : null;
  if (permalink && !permalink.startsWith("/?")) pairs.set(permalink, target);
  pairs.set(`/?p=${item.id}`, target);
  const lastSegment = permalink && !permalink.startsWith("/?") ? permalink.slice(permalink.lastIndexOf("/") + 1) : "";
  for (const meta of item.meta) {
    if (meta.key !== "_wp_old_slug" || !meta.value.trim()) continue;
    const old = meta.value.trim();
    pairs.set(normalizeLegacyPath(`/${old}`)!, target);
    // Date-based permalinks (/2024/12/03/slug/): the old slug under the same prefix.
    if (lastSegment && permalink!.length > lastSegment.length + 1) {
      pairs.set(normalizeLegacyPath(`${permalink!.slice(0, -lastSegment.length)}${old}`)!, target);
    }
  }
  await saveRedirects(tx, ctx, pairs);
}
