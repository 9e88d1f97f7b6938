// The mixed cases: 50 anonymous readers over up to 1,000 article pages with Zipf-like
// popularity, measured alone, then while 20 junk POSTs a second arrive (a), then while signed-in
// readers post 10 comments a second to the articles being read (b), then alone again. Each
// mixed case's reader throughput is compared with the mean of both "reads alone" runs. After
// (b), every article that got a comment must show it on its next anonymous view.
import type autocannon from "autocannon";
import type postgres from "postgres";
import { runLoad, settle, toCaseResult, warmUp, skippedCase, type CaseResult } from "./load";
import {
  checkVisibility,
  postComments,
  qualifyReaders,
  sendJunkPosts,
  type MixedArticle,
  type VisibilityCheck,
} from "./mixed-writers";
import { withoutFloodLimit } from "./post-comments";
import type { SteadyResult } from "./steady-rate";
import { createRandom } from "./text";
import { zipfSampler } from "./zipf";

export const MIXED_URLS = 1000;
export const JUNK_RATE = 20;
export const COMMENT_RATE = 10;
/** Targets: readers' throughput as a share of "reads alone", and their p99. */
export const MIXED_TARGETS = { junk: 0.9, comments: 0.7, p99Ms: 100 };
// New comments go last (oldest first, 50 threads a page): articles below this many threads
// show them on the page the readers read, even after the case added a few.
const MAX_THREADS = 40;
const PRIME_CONCURRENCY = 8; // the front server renders at most 8 pages at once

export type MixedCase = CaseResult & { share?: number; writes?: SteadyResult; verdict?: string };
export type MixedReport = { urls: number; seconds: number; cases: MixedCase[]; check?: VisibilityCheck };

type Options = {
  baseUrl: string;
  sql: postgres.Sql;
  readers: string[] | { skipped: string };
  readerEmails: string[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  log: (m: string) => void;
};

/** Open, visible articles with room for new comments on their first page, in a fixed shuffled order (rank = popularity). */
async function mixedArticles(sql: postgres.Sql): Promise<MixedArticle[]> {
  const rows = await sql<{ id: number; slug: string }[]>`
    select a.id, a.slug from articles a
    where a.status = 'published' and a.published_at <= now() and a.comments_open
      and (select count(*) from comments c where c.article_id = a.id and c.parent_id is null and c.status = 'approved') < ${MAX_THREADS}
    order by md5(a.id::text) limit ${MIXED_URLS}`;
  return rows.map((r) => ({ id: r.id, path: `/posts/${r.slug}` }));
}

/** Every page once, so each case starts from a warm page cache, as "reads alone" does. */
async function prime(baseUrl: string, articles: MixedArticle[]): Promise<{ seconds: number; meanKb: number }> {
  const started = Date.now();
  let next = 0;
  let bytes = 0;
  const failed: string[] = [];
  await Promise.all(
    Array.from({ length: PRIME_CONCURRENCY }, async () => {
      while (next < articles.length) {
        const { path } = articles[next++];
        const res = await fetch(`${baseUrl}${path}`, { signal: AbortSignal.timeout(60_000) });
        bytes += (await res.arrayBuffer()).byteLength;
        if (res.status !== 200) failed.push(`${path} ${res.status}`);
      }
    }),
  );
  if (failed.length > 0) throw new Error(`priming the mixed cases' pages failed: ${failed.slice(0, 5).join(", ")}`);
  return { seconds: (Date.now() - started) / 1000, meanKb: Math.round(bytes / articles.length / 1024) };
}

function describeWrites(w: SteadyResult): string {
  const codes = Object.entries(w.statusCodes)
    .map(([code, n]) => `${code}×${n}`)
    .join(", ");
  return `${w.sent} sent (${codes || "no answer"}${w.errors ? `, ${w.errors} errors` : ""}${w.dropped ? `, ${w.dropped} dropped` : ""}), p50 ${w.p50Ms} ms, p99 ${w.p99Ms} ms`;
}

/** A share of "reads alone" in per cent, with a decimal: rounding must not turn 89.6 % into a failing "90 %". */
const percent = (share = 0) => `${(share * 100).toFixed(1)} %`;

function verdict(c: MixedCase, target: number, extra: string[] = []): string {
  const reasons = [...extra];
  if ((c.share ?? 0) < target) reasons.push(`${percent(c.share)} < ${target * 100} %`);
  if (c.p99Ms >= MIXED_TARGETS.p99Ms) reasons.push(`p99 ${c.p99Ms} ms ≥ ${MIXED_TARGETS.p99Ms} ms`);
  if (c.errors > 0 || c.non2xx > 0) reasons.push("reader errors");
  return reasons.length === 0 ? "PASS" : `FAIL: ${reasons.join("; ")}`;
}

export async function runMixedCases(o: Options): Promise<MixedReport> {
  const started = Date.now();
  const articles = await mixedArticles(o.sql);
  const names = { alone: "mixed: reads alone", junk: "mixed: reads + junk POSTs", comments: "mixed: reads + comments" };
  if (articles.length === 0) {
    return {
      urls: 0,
      seconds: 0,
      cases: Object.values(names).map((n) => skippedCase(n, o.connections, "skipped: no open articles")),
    };
  }
  const pick = zipfSampler(articles.length, createRandom(20260517));
  const reader: autocannon.Request = { setupRequest: (req) => ({ ...req, path: articles[pick()].path }) };
  const load = (seconds: number) => ({
    url: o.baseUrl,
    connections: o.connections,
    durationSeconds: seconds,
    requests: [reader],
  });
  const runId = `bench-mixed-${Date.now().toString(36)}`;

  /** The readers for one case, with `writers` running beside them for the same time. */
  async function measure<W>(
    name: string,
    writers?: (seconds: number) => Promise<W>,
  ): Promise<{ result: MixedCase; writes?: W }> {
    await settle(o.baseUrl, o.log);
    const primed = await prime(o.baseUrl, articles);
    o.log(`${name} (${articles.length} pages primed in ${primed.seconds.toFixed(1)} s)…`);
    const [readers, writes] = await Promise.all([runLoad(load(o.durationSeconds)), writers?.(o.durationSeconds)]);
    return { result: toCaseResult(name, o.connections, readers, `${articles.length} pages, Zipf s=1`), writes };
  }

  // The whole group runs without the flood limit and with qualified readers, so that every
  // case starts from the same settings (changing them empties the page cache).
  return withoutFloodLimit(o.sql, async () => {
    try {
      const [outside] = await o.sql<{ id: number }[]>`
        select id from articles where status = 'published' and published_at <= now() and id <> all(${articles.map((a) => a.id)}) order by id limit 1`;
      const qualified = await qualifyReaders(
        o.sql,
        o.readerEmails,
        outside?.id ?? articles[articles.length - 1].id,
        runId,
      );
      if (qualified > 0)
        o.log(`gave ${qualified} bench readers an approved comment, so that theirs are approved at once`);
      const primed = await prime(o.baseUrl, articles);
      o.log(`${articles.length} pages of ${primed.meanKb} KB on average rendered in ${primed.seconds.toFixed(1)} s`);
      await warmUp(load(o.warmupSeconds), o.warmupSeconds);

      // "Reads alone" first and last: the load of other processes on a shared machine drifts,
      // and the mixed cases are compared with the mean of both.
      const first = (await measure(names.alone)).result;
      const junk = await measure(names.junk, (s) => sendJunkPosts(o.baseUrl, JUNK_RATE, s));
      const posting = Array.isArray(o.readers)
        ? await measure(names.comments, (s) =>
            postComments(o.baseUrl, o.readers as string[], articles, runId, COMMENT_RATE, s, createRandom(20260518)),
          )
        : null;
      const check = posting ? await checkVisibility(o.baseUrl, posting.writes!.posted) : undefined;
      if (check)
        o.log(
          `visibility: ${check.articlesShown} of ${check.articles} articles showed their new comments on the next anonymous view`,
        );
      const last = (await measure(`${names.alone} (again)`)).result;

      const rates = [first.requestsPerSecond, last.requestsPerSecond];
      const aloneCase: MixedCase = {
        ...last,
        name: names.alone,
        requestsPerSecond: Math.round(((rates[0] + rates[1]) / 2) * 10) / 10,
        p50Ms: Math.max(first.p50Ms, last.p50Ms),
        p99Ms: Math.max(first.p99Ms, last.p99Ms),
        requests: first.requests + last.requests,
        errors: first.errors + last.errors,
        non2xx: first.non2xx + last.non2xx,
        share: 1,
        note: `${last.note}; mean of first and last run: ${rates.map((r) => r.toFixed(0)).join(" / ")} req/s`,
      };
      const share = (c: CaseResult) =>
        aloneCase.requestsPerSecond > 0 ? c.requestsPerSecond / aloneCase.requestsPerSecond : 0;

      const junkCase: MixedCase = {
        ...junk.result,
        share: share(junk.result),
        writes: junk.writes,
        note: `${junk.result.note}; + ${JUNK_RATE} junk POSTs/s`,
      };
      const junkRefused = Object.keys(junk.writes!.statusCodes).every((code) => code === "401");
      junkCase.verdict = verdict(junkCase, MIXED_TARGETS.junk, junkRefused ? [] : ["junk POSTs not all 401"]);

      let commentsCase: MixedCase = skippedCase(
        names.comments,
        o.connections,
        `skipped: ${Array.isArray(o.readers) ? "" : o.readers.skipped}`,
      );
      if (posting && check) {
        const { sending, posted } = posting.writes!;
        commentsCase = {
          ...posting.result,
          share: share(posting.result),
          writes: sending,
          note: `${posting.result.note}; + ${COMMENT_RATE} comments/s`,
        };
        const problems: string[] = [];
        if (check.articlesFailed > 0) problems.push(`${check.articlesFailed} articles did not show their new comments`);
        if (check.notApproved > 0) problems.push(`${check.notApproved} comments not approved`);
        if (posted.length < sending.sent) problems.push(`${sending.sent - posted.length} comments not stored`);
        commentsCase.verdict = verdict(commentsCase, MIXED_TARGETS.comments, problems);
      }
      return {
        urls: articles.length,
        seconds: Math.round((Date.now() - started) / 1000),
        cases: [aloneCase, junkCase, commentsCase],
        check,
      };
    } finally {
      await o.sql`delete from comments where idempotency_key like ${`${runId}-%`}`;
    }
  });
}

/** The mixed cases' own table: readers' figures, their share of "reads alone", and the verdicts. */
export function formatMixed(report: MixedReport): string {
  const header = ["case", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "% of reads alone", "target", "verdict"];
  const targets: Record<number, string> = {
    0: "(the yardstick)",
    1: `≥ ${MIXED_TARGETS.junk * 100} %, p99 < ${MIXED_TARGETS.p99Ms} ms`,
    2: `≥ ${MIXED_TARGETS.comments * 100} %, p99 < ${MIXED_TARGETS.p99Ms} ms, comments shown`,
  };
  const rows = report.cases.map((c, i) =>
    c.skipped
      ? [c.name, "–", "–", "–", "–", "–", "–", targets[i] ?? "", c.skipped]
      : [
          c.name,
          c.requestsPerSecond.toFixed(0),
          String(c.p50Ms),
          String(c.p99Ms),
          String(c.errors),
          String(c.non2xx),
          percent(c.share),
          targets[i] ?? "",
          c.verdict ?? "",
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  const lines = [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)];
  for (const c of report.cases) if (c.writes) lines.push(`${c.name}, writers: ${describeWrites(c.writes)}`);
  const k = report.check;
  if (k) {
    const views = Object.entries(k.failedViews)
      .map(([code, n]) => `${code}×${n}`)
      .join(", ");
    lines.push(
      `Visibility after "reads + comments": ${k.articlesShown} of ${k.articles} articles showed all their new comments on the next anonymous view, ${k.articlesFailed} did not ` +
        `(${k.commentsShown} comments shown, ${k.commentsMissing} missing${views ? `; views answered ${views}` : ""}); ${k.notApproved} acknowledged comments not approved: ${k.articlesFailed + k.notApproved === 0 ? "PASS" : "FAIL"}`,
    );
  }
  lines.push(`The mixed cases took ${report.seconds} s (priming ${report.urls} pages before each case included).`);
  return lines.join("\n");
}

/** True when the run must exit non-zero: a comment the readers do not get to see. */
export const mixedCheckFailed = (report: MixedReport | null) =>
  !!report?.check && report.check.articlesFailed + report.check.notApproved > 0;
