// What one import run remembers between items: the local ids of the authors and terms it has
// met (few, so kept in memory), the options and the report.
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type * as schema from "@/db/schema";
import { parseLocalDateTime } from "@/lib/zoned-time";
import type { ImportReport } from "./report";

export type ImportDb = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<ImportDb["transaction"]>[0]>[0];

export type ImportOptions = {
  dryRun?: boolean;
  /** Leave pingbacks and trackbacks out (they are imported as guest comments otherwise). */
  skipPings?: boolean;
  /** The blog's time zone, for dates WordPress wrote only in local time (drafts). */
  timeZone?: string;
  /** Leave images where they are (no download): bodies and covers keep the old blog's addresses. */
  keepImageUrls?: boolean;
  /** Allow image addresses in private, loopback and link-local networks (tests, intranet blogs). */
  allowPrivateImageHosts?: boolean;
  startedBy?: string | null;
  /** A run started from the dashboard: its row in import_reports gets the report (dry runs too). */
  reportId?: number;
  /** The name the report gives the file (an upload's original name rather than its temporary one). */
  sourceName?: string;
  onProgress?: (done: number, total: number, report: ImportReport) => void | Promise<void>;
};

export type Context = {
  options: ImportOptions;
  report: ImportReport;
  siteUrl: string;
  usersByLogin: Map<string, string>;
  usersByWpId: Map<number, string>;
  /** WordPress nicename → local id and slug. */
  categories: Map<string, { id: number; slug: string }>;
  tags: Map<string, { id: number; slug: string }>;
  /** A category's WordPress path ("eltern/kind"), for its old address. */
  categoryPaths: Map<string, string>;
  /** Terms already counted in this run (a term appears on many posts). */
  countedTerms: Set<string>;
  seenMedia: Set<string>;
  /** Attachment id → file address, from the file's first reading. */
  attachments: Map<number, string>;
  /** Image address → its stored copy, or null when it could not be copied. */
  images: Map<string, string | null>;
  fallbackCategory: number | null;
  /** Undoes what the current item added to the maps above, should its savepoint roll back. */
  undo: (() => void)[];
};

/** Remembers an id for the rest of the run, unless the current item's writes roll back. */
export function remember<K, V>(ctx: Context, map: Map<K, V>, key: K, value: V): void {
  if (map.has(key)) return;
  map.set(key, value);
  ctx.undo.push(() => map.delete(key));
}

export function createContext(options: ImportOptions, report: ImportReport): Context {
  return {
    options,
    report,
    siteUrl: "",
    usersByLogin: new Map(),
    usersByWpId: new Map(),
    categories: new Map(),
    tags: new Map(),
    categoryPaths: new Map(),
    countedTerms: new Set(),
    seenMedia: new Set(),
    attachments: new Map(),
    images: new Map(),
    fallbackCategory: null,
    undo: [],
  };
}

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** A WordPress date: the GMT column when set, else the local one in the blog's zone. */
export function wpDate(gmt: string, local: string, timeZone: string): Date | null {
  const g = WP_DATE.exec(gmt);
  if (g && g[1] !== "0000") {
    const [y, mo, d, h, mi, s] = g.slice(1).map(Number);
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    // Date.UTC rolls "02-30" over into March: a date that does not come back is invalid.
    if (date.getUTCDate() !== d || date.getUTCMonth() !== mo - 1 || h > 23 || mi > 59 || s > 59)
      throw new Error(`invalid date "${gmt}"`);
    return date;
  }
  const l = WP_DATE.exec(local);
  if (l && l[1] !== "0000") {
    const date = parseLocalDateTime(local.replace(" ", "T"), timeZone);
    if (!date) throw new Error(`invalid date "${local}"`);
    return date;
  }
  return null;
}
