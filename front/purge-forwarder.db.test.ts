// Two purge forwarders on one database, as two instances run them, sending to a stand-in for
// Varnish that records what it is asked to purge.
import http from "node:http";
import type { AddressInfo } from "node:net";
import postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startPurgeForwarder } from "./purge-forwarder";

const received: string[] = [];
let varnish: http.Server;
let url: string;
let sql: postgres.Sql;

beforeAll(async () => {
  varnish = http.createServer((req, res) => {
    if (req.method === "PURGE") received.push(String(req.headers["xkey-purge"]));
    res.end();
  });
  await new Promise<void>((resolve) => varnish.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(varnish.address() as AddressInfo).port}/`;
  sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  await sql.end({ timeout: 1 });
  await new Promise((resolve) => varnish.close(resolve));
});

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  return check();
};

it("one of two forwarders sends each purge once; the other takes over when it stops", async () => {
  const options = { databaseUrl: process.env.DATABASE_URL!, targets: { varnish: [url], webhook: null, fastly: null } };
  const first = await startPurgeForwarder({ ...options, repeatAfterMs: 0 });
  const second = await startPurgeForwarder({ ...options, repeatAfterMs: 0 });
  try {
    expect([first.stats.leader, second.stats.leader]).toEqual([true, false]);
    // A sender that has just started cannot know what it missed: everything.
    expect(await until(() => received.includes("all"))).toBe(true);
    received.length = 0;

    await sql`select pg_notify('blattwerk_purge', 'article:901 comments:901')`;
    await sql`select pg_notify('blattwerk_purge', 'comments:901 list:home')`;
    expect(await until(() => received.length > 0)).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    const keys = received.flatMap((h) => h.split(" "));
    expect(new Set(keys)).toEqual(new Set(["article:901", "comments:901", "list:home"]));
    expect(keys.length).toBe(new Set(keys).size); // one batch: comments:901 sent once

    received.length = 0;
    await first.close();
    expect(await until(() => second.stats.leader)).toBe(true);
    // It listened for less than 30 s, so it purges everything rather than trusting its history.
    expect(await until(() => received.length > 0)).toBe(true);
    expect(received).toContain("all");
  } finally {
    await first.close().catch(() => {});
    await second.close();
  }
});
