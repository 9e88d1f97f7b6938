import { t } from "../../lib/i18n";

// The outcome of one import: counts per kind and outcome, and why anything was skipped or
// failed, so that a run never fails silently on one item.

export const REPORT_KINDS = [
  "authors",
  "categories",
  "tags",
  "posts",
  "comments",
  "redirects",
  "pages",
  "attachments",
  "images",
  "other",
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export type Outcome = "imported" | "updated" | "unchanged" | "skipped" | "failed";

export type ImportProblem = { kind: ReportKind; ref: string; outcome: "skipped" | "failed"; reason: string };
export type ImportNote = { ref: string; note: string };

export type ImportReport = {
  source: string;
  dryRun: boolean;
  wxrVersion: string;
  siteUrl: string;
  startedAt: string;
  finishedAt: string | null;
  counts: Record<ReportKind, Record<Outcome, number>>;
  problems: ImportProblem[];
  notes: ImportNote[];
  /** Images and files the posts point to: kept at their original address, not copied. */
  media: string[];
  /** How many problems, notes and media entries did not fit into the lists above. */
  omitted: { problems: number; notes: number; media: number };
};

// Lists are capped: a 10,000-post import must not keep a report the size of the blog.
const LIST_LIMIT = 2000;

export function emptyReport(source: string, dryRun: boolean): ImportReport {
  const zero = (): Record<Outcome, number> => ({ imported: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 });
  return {
    source,
    dryRun,
    wxrVersion: "",
    siteUrl: "",
    startedAt: new Date().toISOString(),
    finishedAt: null,
    counts: Object.fromEntries(REPORT_KINDS.map((k) => [k, zero()])) as ImportReport["counts"],
    problems: [],
    notes: [],
    media: [],
    omitted: { problems: 0, notes: 0, media: 0 },
  };
}

export function count(report: ImportReport, kind: ReportKind, outcome: Outcome, n = 1): void {
  report.counts[kind][outcome] += n;
}

export function problem(
  report: ImportReport,
  kind: ReportKind,
  ref: string,
  outcome: "skipped" | "failed",
  reason: string,
  n = 1,
): void {
  count(report, kind, outcome, n);
  if (report.problems.length < LIST_LIMIT) report.problems.push({ kind, ref, outcome, reason });
  else report.omitted.problems++;
}

export function note(report: ImportReport, ref: string, text: string): void {
  if (report.notes.length < LIST_LIMIT) report.notes.push({ ref, note: text });
  else report.omitted.notes++;
}

export function addMedia(report: ImportReport, urls: Iterable<string>, seen: Set<string>): void {
  for (const url of urls) {
    if (seen.has(url)) continue;
    seen.add(url);
    if (report.media.length < LIST_LIMIT) report.media.push(url);
    else report.omitted.media++;
  }
}

/** The report as lines of text for the terminal. */
export function formatReport(report: ImportReport): string {
  const lines = [
    `${t(report.dryRun ? "wordpressImport.dryRun" : "wordpressImport.run")}: ${report.source} (WXR ${report.wxrVersion || "?"}, ${report.siteUrl || "?"})`,
  ];
  lines.push("                imported  updated unchanged  skipped   failed");
  for (const kind of REPORT_KINDS) {
    const c = report.counts[kind];
    if (Object.values(c).every((n) => n === 0)) continue;
    lines.push(
      `${kind.padEnd(14)} ${[c.imported, c.updated, c.unchanged, c.skipped, c.failed].map((n) => String(n).padStart(8)).join(" ")}`,
    );
  }
  for (const p of report.problems) lines.push(`${p.outcome} ${p.kind} ${p.ref}: ${p.reason}`);
  for (const n of report.notes) lines.push(`note ${n.ref}: ${n.note}`);
  if (report.media.length > 0) {
    lines.push(`${report.media.length + report.omitted.media} media files keep their original address (not copied):`);
    for (const url of report.media) lines.push(`  ${url}`);
  }
  const omitted = report.omitted.problems + report.omitted.notes + report.omitted.media;
  if (omitted > 0) lines.push(`… ${omitted} more entries not listed`);
  return lines.join("\n");
}
