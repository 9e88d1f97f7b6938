import "server-only";
import { and, asc, gt, isNull, lte, or, sql } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db/client";
import { sponsors, type SponsorPosition } from "@/db/schema";

export type SponsorDto = { id: number; title: string; text: string; url: string; imageUrl: string | null };
export type SponsorsByPosition = Record<SponsorPosition, SponsorDto[]>;

// Sponsor links are entered in the dashboard; only web links ever reach a reader's page.
function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}

// Read by every reader page render: built once.
const activeSponsors = db
  .select({
    id: sponsors.id,
    title: sponsors.title,
    text: sponsors.text,
    url: sponsors.url,
    imageUrl: sponsors.imageUrl,
    position: sponsors.position,
  })
  .from(sponsors)
  .where(
    and(
      or(isNull(sponsors.activeFrom), lte(sponsors.activeFrom, sql.placeholder("now"))),
      or(isNull(sponsors.activeTo), gt(sponsors.activeTo, sql.placeholder("now"))),
    ),
  )
  .orderBy(asc(sponsors.position), asc(sponsors.sortOrder), asc(sponsors.id))
  .prepare("active_sponsors");

/**
 * Sponsors active now (activeFrom ≤ now < activeTo, a missing bound is open), grouped by position. One query
 * per request: the site layout and the article page both read it through React's cache.
 */
export const listActiveSponsors = cache(async (): Promise<SponsorsByPosition> => {
  // As text: drizzle leaves the driver without a Date serialiser for placeholder values.
  const rows = await activeSponsors.execute({ now: new Date().toISOString() });
  const grouped: SponsorsByPosition = { header: [], sidebar: [], below_article: [] };
  for (const { position, ...sponsor } of rows) {
    if (!isWebUrl(sponsor.url)) continue;
    // An image is shown only from our own uploads or over https.
    const imageUrl =
      sponsor.imageUrl && (sponsor.imageUrl.startsWith("/media/") || sponsor.imageUrl.startsWith("https://"))
        ? sponsor.imageUrl
        : null;
    grouped[position].push({ ...sponsor, imageUrl });
  }
  return grouped;
});

export async function listActiveSponsorsFor(position: SponsorPosition): Promise<SponsorDto[]> {
  return (await listActiveSponsors())[position];
}
