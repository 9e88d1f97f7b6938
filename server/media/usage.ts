import "server-only";
import type { TransactionSql } from "postgres";
import { sql } from "@/db/client";

// Where an image is used, read from the text itself rather than kept in a table of its own:
// articles and pages reach their images through Markdown (body) and the cover field, which
// editors, the importer, restored revisions and psql all write. Every width of an image shares
// its hash, so "/media/<hash>-" finds all of them. Revisions are not counted: restoring one
// whose image was deleted shows a broken image, as the dashboard says before deleting.

export type MediaUse = {
  mediaId: string;
  kind: "article" | "page";
  id: number;
  title: string;
  status: string;
  asCover: boolean;
};

/** The articles (trash included) and pages that show any of these images, by image id. */
export async function findMediaUses(
  ids: string[],
  q: typeof sql | TransactionSql = sql,
): Promise<Map<string, MediaUse[]>> {
  const uses = new Map<string, MediaUse[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return uses;
  const rows = await q<MediaUse[]>`
    with wanted as (select id, '%/media/' || id || '-%' as pattern from unnest(${ids}::text[]) as w(id))
    select w.id as "mediaId", 'article' as kind, a.id, a.title, a.status::text as status,
           coalesce(a.cover_image like w.pattern, false) as "asCover"
      from wanted w join articles a on a.body like w.pattern or a.cover_image like w.pattern
    union all
    select w.id, 'page', p.id, p.title, p.status::text, coalesce(p.cover_image like w.pattern, false)
      from wanted w join pages p on p.body like w.pattern or p.cover_image like w.pattern
    order by 1, 2, 3`;
  for (const row of rows) uses.get(row.mediaId)?.push({ ...row });
  return uses;
}
