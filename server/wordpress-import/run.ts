// One import run: read the whole file once to prove it complete (a truncated or foreign file
// changes nothing), then stream it again and write in batches, each item in a savepoint so a
// bad one is reported and the rest still imported. A dry run does all the work inside one
// transaction and rolls it back.
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { importReports } from "@/db/schema";
import { type Context, createContext, type ImportDb, type ImportOptions, type Tx } from "./context";
import { isWxrRefusal, readWxr, validateWxr, WXR_REFUSALS } from "./parse";
import { prepareImages } from "./media";
import { count, emptyReport, type ImportReport, note, problem } from "./report";
import { importPage } from "./store-pages";
import { importPost } from "./store-posts";
import { importAuthor, importTermDefinition } from "./store-terms";
import type { WxrEntry } from "./types";

export { isWxrRefusal, WXR_REFUSALS };

const BATCH_ITEMS = 50;
class DryRunRollback extends Error {}

function describe(entry: WxrEntry): string {
  if (entry.kind === "item") return `${entry.type} ${entry.id}`;
  if (entry.kind === "author") return `author ${entry.login}`;
  if (entry.kind === "meta") return "header";
  return `${entry.kind} ${entry.slug}`;
}

async function importEntry(tx: Tx, ctx: Context, entry: WxrEntry): Promise<void> {
  switch (entry.kind) {
    case "meta":
      ctx.siteUrl = entry.siteUrl || entry.blogUrl;
      Object.assign(ctx.report, { wxrVersion: entry.wxrVersion, siteUrl: ctx.siteUrl });
      return;
    case "author":
      return importAuthor(tx, ctx, entry);
    case "category":
    case "tag":
      return importTermDefinition(tx, ctx, entry);
    case "item":
      if (entry.type === "post") return importPost(tx, ctx, entry);
      if (entry.type === "page") return importPage(tx, ctx, entry);
      // Attachments are files, not content of their own: copied where a post uses them.
      if (entry.type === "attachment") return count(ctx.report, "attachments", "skipped");
      count(ctx.report, "comments", "skipped", entry.comments.length);
      return problem(
        ctx.report,
        "other",
        `${entry.type} ${entry.id}`,
        "skipped",
        `post type "${entry.type}" has no counterpart on the site`,
      );
  }
}

type Runner = ImportDb | Tx;

// Imported comments are history: the reply trigger (db/migrations/0011) mails nobody for them.
const noMail = (tx: Tx) => tx.execute(sql`select set_config('blattwerk.no_mail', 'on', true)`);

async function writeItemByItem(runner: Runner, ctx: Context, batch: WxrEntry[]): Promise<void> {
  await runner.transaction(async (tx) => {
    await noMail(tx);
    for (const entry of batch) {
      ctx.undo = [];
      try {
        await tx.transaction((savepoint) => importEntry(savepoint, ctx, entry));
      } catch (error) {
        for (const undo of ctx.undo.reverse()) undo();
        const kind =
          entry.kind === "item"
            ? entry.type === "post"
              ? "posts"
              : entry.type === "page"
                ? "pages"
                : "other"
            : entry.kind === "author"
              ? "authors"
              : entry.kind === "category"
                ? "categories"
                : "tags";
        problem(
          ctx.report,
          kind,
          describe(entry),
          "failed",
          error instanceof Error ? error.message.split("\n")[0].slice(0, 300) : String(error),
        );
      }
    }
  });
}

/**
 * A batch in one transaction without a savepoint per item (two round trips fewer per post);
 * should any item fail, the batch is rolled back, the run's memory and report put back as
 * they were, and the batch written again item by item, each in a savepoint.
 */
async function writeBatch(runner: Runner, ctx: Context, batch: WxrEntry[]): Promise<void> {
  await prepareImages(runner, ctx, batch);
  const before = structuredClone(ctx.report);
  const seen = { media: new Set(ctx.seenMedia), terms: new Set(ctx.countedTerms) };
  ctx.undo = [];
  try {
    await runner.transaction(async (tx) => {
      await noMail(tx);
      for (const entry of batch) await importEntry(tx, ctx, entry);
    });
  } catch {
    for (const undo of ctx.undo.reverse()) undo();
    Object.assign(ctx.report, before);
    ctx.seenMedia = seen.media;
    ctx.countedTerms = seen.terms;
    await writeItemByItem(runner, ctx, batch);
  }
}

async function importAll(runner: Runner, file: string, ctx: Context, total: number): Promise<void> {
  let batch: WxrEntry[] = [];
  let items = 0;
  let done = 0;
  for await (const entry of readWxr(file)) {
    batch.push(entry);
    if (entry.kind === "item") items++;
    if (items >= BATCH_ITEMS) {
      await writeBatch(runner, ctx, batch);
      done += items;
      await ctx.options.onProgress?.(done, total, ctx.report);
      batch = [];
      items = 0;
    }
  }
  await writeBatch(runner, ctx, batch);
  await ctx.options.onProgress?.(done + items, total, ctx.report);
}

/** Imports a WXR file into the database. Throws a refusal (isWxrRefusal, before writing anything) for a file that is not a complete WXR export. */
export async function runWordpressImport(
  db: ImportDb,
  file: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const summary = await validateWxr(file);
  const report = emptyReport(options.sourceName ?? path.basename(file), Boolean(options.dryRun));
  const ctx = createContext(options, report);
  ctx.attachments = summary.attachments;
  await ctx.options.onProgress?.(0, summary.items, report);
  if (options.dryRun) {
    await db
      .transaction(async (tx) => {
        await importAll(tx, file, ctx, summary.items);
        throw new DryRunRollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof DryRunRollback)) throw error;
      });
  } else {
    await importAll(db, file, ctx, summary.items);
  }
  if (report.media.length > 0)
    note(
      report,
      "media",
      "files listed under media are not copied: they keep pointing at the old blog until it goes offline",
    );
  if (report.counts.attachments.skipped > 0)
    note(
      report,
      "attachments",
      "attachments are copied where a post uses them (featured image, body); the others are not",
    );
  report.finishedAt = new Date().toISOString();
  if (options.reportId !== undefined)
    await db
      .update(importReports)
      .set({
        report,
        status: "done",
        progressDone: summary.items,
        progressTotal: summary.items,
        heartbeatAt: new Date(),
      })
      .where(eq(importReports.id, options.reportId));
  else if (!options.dryRun)
    await db
      .insert(importReports)
      .values({ source: report.source, dryRun: false, report, startedBy: options.startedBy ?? null });
  return report;
}
