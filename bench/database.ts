// The bench's PostgreSQL: DATABASE_URL's server when set, else an embedded server with its own
// data folder (.data/bench/postgres), so benchmark data never mixes with the demo database.
import path from "node:path";
import postgres from "postgres";
import { dataFolder, openDatabase, type Database } from "../scripts/database";
import { withDatabaseName } from "../tests/test-database";

export function openBenchServer(): Promise<Database> {
  return openDatabase({ embeddedDir: path.join(dataFolder(), "bench", "postgres") });
}

export function benchDatabaseUrl(server: Database, name: string): string {
  return withDatabaseName(server.url, name);
}

export async function databaseExists(server: Database, name: string): Promise<boolean> {
  const admin = postgres(withDatabaseName(server.url, "postgres"), { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin<{ exists: boolean }[]>`select exists(select 1 from pg_database where datname = ${name})`;
    return row.exists;
  } finally {
    await admin.end();
  }
}

export type RowCounts = Record<string, number | string>;

export async function rowCounts(sql: postgres.Sql): Promise<RowCounts> {
  const [row] = await sql<RowCounts[]>`
    select (select count(*)::int from users) as users,
           (select count(*)::int from users where role = 'author') as authors,
           (select count(*)::int from categories) as categories,
           (select count(*)::int from tags) as tags,
           (select count(*)::int from articles) as articles,
           (select count(*)::int from article_tags) as article_tags,
           (select count(*)::int from comments) as comments,
           (select count(*)::int from comments where status = 'pending') as pending,
           (select count(*)::int from comments where status = 'spam') as spam,
           (select count(*)::int from comments where status = 'trash') as trash,
           (select count(*)::int from comments where parent_id is not null) as replies,
           (select coalesce(max(n), 0)::int from (select count(*) as n from comments group by article_id) x) as max_per_article,
           pg_size_pretty(pg_database_size(current_database())) as size`;
  return row;
}
