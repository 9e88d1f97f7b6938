import "server-only";
import { cache } from "react";
import { sql } from "@/db/client";
import { listArchiveMonths, type ArchiveMonth } from "@/server/articles/article-navigation";
import { listCategories, type CategoryRef } from "@/server/articles/articles";
import { privacyPagePath } from "@/server/pages/pages";
import { getModerationSettings, type ModerationSettings } from "@/server/site/settings";
import { getSharingSettings, type SharingSettings } from "@/server/site/share-image";
import { listMenu, type MenuLink } from "@/server/site/menus";
import { listActiveSponsors, type SponsorsByPosition } from "@/server/site/sponsors";

// What every reader page shows besides its own content (menus, categories, sponsors, archive
// months, settings), kept in each Next worker: a database round trip costs this machine about
// 0.3 ms of CPU in the socket write alone, and these were 7 of a page's 11 queries. One query
// per request checks that the copy is current: site_data_version, bumped in the transaction of
// every write that publishes such a key (db/migrations/0016), so a page rendered after a purge
// reached any cache never shows the old data; and no scheduled change (an article going live,
// a sponsor's period starting or ending) has come since the copy was read.

export type SiteData = {
  categories: CategoryRef[];
  sponsors: SponsorsByPosition;
  archiveMonths: ArchiveMonth[];
  menus: { header: MenuLink[]; footer: MenuLink[] };
  moderation: ModerationSettings;
  privacyPath: string | null;
  sharing: SharingSettings;
};

type State = {
  /** null: the row is missing (a truncated table), so nothing may be kept. */
  version: number | null;
  /** The database's clock when checked (epoch ms): what a copy read after this check has seen. */
  checkedAt: number;
  /** The first scheduled change after `since` (epoch ms), Infinity when none. */
  next: number;
};

type Copy = { version: number; readAt: number; data: Promise<SiteData> };

let copy: Copy | null = null;

async function readState(since: number | null): Promise<State> {
  // Times as epoch milliseconds: the driver's own parsing of timestamps is not needed here.
  const [row] = await sql<{ version: string | null; checked_at: number; next: number | null }[]>`
    with since as (select coalesce(to_timestamp(${since}::float8 / 1000), now()) as t)
    select (select version from site_data_version where id = 1) as version,
      (extract(epoch from now()) * 1000)::float8 as checked_at,
      (extract(epoch from least(
        (select min(published_at) from articles, since where status in ('published', 'scheduled') and published_at > since.t),
        (select min(active_from) from sponsors, since where active_from > since.t),
        (select min(active_to) from sponsors, since where active_to > since.t)
      )) * 1000)::float8 as next`;
  return {
    version: row.version === null ? null : Number(row.version),
    checkedAt: row.checked_at,
    next: row.next ?? Infinity,
  };
}

/**
 * Once per request: the site-wide version and the next scheduled change. Asked relative to the
 * kept copy, so one query also says whether a scheduled change has come since it was read.
 */
const currentState = cache(async (): Promise<{ state: State; copyCurrent: boolean }> => {
  const kept = copy;
  if (kept) {
    const state = await readState(kept.readAt);
    if (state.version === kept.version && state.next > state.checkedAt) return { state, copyCurrent: true };
    if (state.next > state.checkedAt) return { state, copyCurrent: false };
  }
  return { state: await readState(null), copyCurrent: false };
});

/** The next moment a page may change without a write (epoch ms): pages expire then. */
export async function nextScheduledChange(): Promise<number> {
  return (await currentState()).state.next;
}

async function load(): Promise<SiteData> {
  const [categories, sponsors, archiveMonths, header, footer, moderation, privacyPath, sharing] = await Promise.all([
    listCategories(),
    listActiveSponsors(),
    listArchiveMonths(),
    listMenu("header"),
    listMenu("footer"),
    getModerationSettings(),
    privacyPagePath(),
    getSharingSettings(),
  ]);
  return { categories, sponsors, archiveMonths, menus: { header, footer }, moderation, privacyPath, sharing };
}

/** The site-wide data, from this worker's copy while it is current (once per request). */
export const getSiteData = cache(async (): Promise<SiteData> => {
  const { state, copyCurrent } = await currentState();
  if (copyCurrent && copy) return copy.data;
  // Read after the version: a write committed in between makes the data newer than its
  // number, never older, and the next request's check reads it again.
  const data = load();
  if (state.version !== null) {
    const fresh: Copy = { version: state.version, readAt: state.checkedAt, data };
    copy = fresh;
    data.catch(() => {
      if (copy === fresh) copy = null;
    });
  }
  return data;
});
