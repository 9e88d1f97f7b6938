// npm run bench:import [-- --posts 10000 --comments 200000]: writes a synthetic WordPress
// export of that size, imports it into a fresh bench database, imports it again (every item
// unchanged) and prints both times. The database is dropped afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { migrateDatabase } from "../db/migrate";
import * as schema from "../db/schema";
import { reloadEnv } from "../lib/env";
import { createFreshDatabase, dropDatabase } from "../tests/test-database";
import { openBenchServer } from "./database";
import { writeWxr } from "./wxr-generator";

const { values: args } = parseArgs({
  options: { posts: { type: "string", default: "10000" }, comments: { type: "string", default: "200000" } },
});
const size = { posts: Number(args.posts), comments: Number(args.comments) };
const NAME = "blattwerk_bench_import";
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-wxr-"));
const file = path.join(dir, "export.xml");
let t = Date.now();
await writeWxr(file, size);
console.log(
  `[bench:import] wrote ${size.posts} posts, ${size.comments} comments (${(fs.statSync(file).size / 1e6).toFixed(0)} MB) in ${seconds(t)}`,
);

const server = await openBenchServer();
try {
  const url = await createFreshDatabase(server.url, NAME);
  await migrateDatabase(url);
  // The importer's modules open the site's own client on load, so it must point at the bench database first.
  process.env.DATABASE_URL = url;
  reloadEnv();
  const { runWordpressImport } = await import("../server/wordpress-import/run");
  const client = postgres(url, { max: 2, onnotice: () => {} });
  try {
    const db = drizzle(client, { schema });
    for (const run of ["first import", "second import (unchanged)"]) {
      t = Date.now();
      let peak = 0;
      const report = await runWordpressImport(db, file, {
        onProgress: () => {
          peak = Math.max(peak, process.memoryUsage().rss);
        },
      });
      const c = report.counts;
      console.log(
        `[bench:import] ${run}: ${seconds(t)}; posts ${c.posts.imported} imported / ${c.posts.unchanged} unchanged / ${c.posts.failed} failed; comments ${c.comments.imported} imported / ${c.comments.unchanged} unchanged / ${c.comments.failed} failed; peak RSS ${(peak / 1e6).toFixed(0)} MB`,
      );
    }
    const [counted] =
      await client`select (select sum(count)::int from comment_status_counts) as counted, (select count(*)::int from comments) as actual`;
    console.log(`[bench:import] comment counters ${counted.counted} = rows ${counted.actual}`);
  } finally {
    await client.end();
    await dropDatabase(server.url, NAME);
  }
} finally {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
