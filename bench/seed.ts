// npm run bench:seed -- --articles 100000 --comments 1000000 --users 50000
// npm run bench:seed -- --demo            (the demo content plus modest extra data)
// Creates a fresh bench database (dropping an older one of the same name), migrates it, fills
// it in bulk, vacuums and analyzes it (so autovacuum does not start in the middle of a
// benchmark), and prints the time it took and the row counts.
import { parseArgs } from "node:util";
import postgres from "postgres";
import { migrateDatabase } from "../db/migrate";
import { seedDemoContent } from "../db/seed";
import { createFreshDatabase } from "../tests/test-database";
import { BENCH_DATABASES } from "./accounts";
import { openBenchServer, rowCounts } from "./database";
import {
  seedArticlesAndComments,
  seedArticleTags,
  seedBenchAccounts,
  seedTaxonomy,
  seedUsers,
  type SeedSize,
} from "./seed-data";

const { values: args } = parseArgs({
  options: {
    demo: { type: "boolean", default: false },
    articles: { type: "string" },
    comments: { type: "string" },
    users: { type: "string" },
    pending: { type: "string", default: "0.01" },
    database: { type: "string" },
  },
});

const defaults = args.demo
  ? { articles: 2000, comments: 20_000, users: 1000 }
  : { articles: 100_000, comments: 1_000_000, users: 50_000 };
const size: SeedSize = {
  articles: Number(args.articles ?? defaults.articles),
  comments: Number(args.comments ?? defaults.comments),
  users: Math.max(2, Number(args.users ?? defaults.users)),
  pendingShare: Number(args.pending),
};
const name = args.database ?? (args.demo ? BENCH_DATABASES.demo : BENCH_DATABASES.large);
if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--database must be a plain lower-case identifier, got ${name}`);

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const server = await openBenchServer();
try {
  const url = await createFreshDatabase(server.url, name);
  await migrateDatabase(url);
  console.log(`[bench:seed] ${name}: migrated (${elapsed()})`);
  if (args.demo) {
    await seedDemoContent(url);
    console.log(`[bench:seed] demo content (${elapsed()})`);
  }
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const people = await seedUsers(sql, size.users);
    await seedBenchAccounts(sql);
    const { categoryIds, tagIds } = await seedTaxonomy(sql);
    console.log(
      `[bench:seed] ${size.users} users, ${categoryIds.length} categories, ${tagIds.length} tags (${elapsed()})`,
    );
    const [{ first }] = await sql<{ first: number }[]>`select coalesce(max(id), 0)::int + 1 as first from articles`;
    await seedArticlesAndComments(sql, size, people, categoryIds, (m) =>
      console.log(`[bench:seed] ${m} (${elapsed()})`),
    );
    await seedArticleTags(sql, tagIds, first);
    console.log(`[bench:seed] article tags (${elapsed()})`);
    await sql`vacuum (analyze)`;
    console.log(`[bench:seed] vacuum analyze (${elapsed()})`);
    const counts = await rowCounts(sql);
    console.log(`[bench:seed] done in ${elapsed()}: ${name}`);
    console.table(counts);
  } finally {
    await sql.end();
  }
} finally {
  await server.stop();
}
