// npm run test:cluster: two app instances behind Varnish on one PostgreSQL (tests/cluster/cluster.ts).
// Every request says which instance (or Varnish) it goes to; nothing may work only within one.
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCluster, type Cluster } from "./cluster";
import { actionForm, createReaders, eventually, pageText, postComment, sessionOn, sleep } from "./helpers";
import { runLoadWhileStopping } from "./stop-under-load";

let cluster: Cluster;
let sql: postgres.Sql;
let A: string;
let B: string;
let V: string;
let article: { id: number; slug: string };
let other: { id: number; slug: string };

beforeAll(async () => {
  cluster = await startCluster();
  [A, B] = cluster.instances.map((i) => i.url);
  V = cluster.varnishUrl;
  sql = postgres(cluster.databaseUrl, { max: 2, onnotice: () => {} });
  // New accounts' first comments would wait for moderation (a setting): these tests read them at once.
  await sql`insert into settings (key, value) values ('moderation', ${sql.json({ holdFirstComment: false })})
            on conflict (key) do update set value = settings.value || excluded.value`;
  // The article commented on, and one far from it (not its neighbour, not in its related box).
  [article] = await sql<{ id: number; slug: string }[]>`
    select id, slug from articles where status = 'published' and comments_open order by published_at desc limit 1`;
  [other] = await sql<{ id: number; slug: string }[]>`
    select id, slug from articles where status = 'published' and comments_open order by published_at limit 1`;
}, 15 * 60_000);

afterAll(async () => {
  await sql?.end({ timeout: 1 });
  await cluster?.stop();
}, 120_000);

describe("one of each singleton", () => {
  it("both instances started at once: migrations applied once, demo content seeded once, one purge sender", async () => {
    const journal = JSON.parse(fs.readFileSync(path.resolve("db/migrations/meta/_journal.json"), "utf8")) as {
      entries: unknown[];
    };
    const [{ applied, distinct }] = await sql<{ applied: number; distinct: number }[]>`
      select count(*)::int as applied, count(distinct hash)::int as distinct from drizzle.__drizzle_migrations`;
    expect({ applied, distinct }).toEqual({ applied: journal.entries.length, distinct: journal.entries.length });
    const seeded = cluster.instances.filter((i) =>
      fs.readFileSync(i.logFile, "utf8").includes("demo content seeded"),
    ).length;
    expect(seeded).toBe(1);
    const [{ admins }] = await sql<{ admins: number }[]>`
      select count(*)::int as admins from users where email = 'admin@example.com'`;
    expect(admins).toBe(1);
    const [{ senders }] = await sql<{ senders: number }[]>`
      select count(*)::int as senders from pg_locks where locktype = 'advisory' and objid = 727274002 and granted`;
    expect(senders).toBe(1);
  });
});

describe("the mail worker of each instance", () => {
  it("both deliver the one outbox, each mail exactly once", async () => {
    const recipients = Array.from({ length: 60 }, (_, i) => `einmal-${i + 1}@example.test`);
    // Written as any transaction writes mails: the insert trigger queues one delivery job per row.
    await sql`insert into mail_outbox (kind, event_key, recipient, data)
              select 'password-changed', 'cluster:' || r, r, ${sql.json({ url: `${V}/signin` })}
              from unnest(${recipients}::text[]) as r`;
    const sent = await eventually(async () => {
      const [{ n }] = await sql<{ n: number }[]>`
        select count(*)::int as n from mail_outbox where event_key like 'cluster:%' and status = 'sent'`;
      return n === recipients.length;
    }, 60_000);
    expect(sent).not.toBeNull();
    expect(cluster.smtp.mails.filter((m) => recipients.includes(m.to))).toHaveLength(recipients.length);
    for (const to of recipients) expect(cluster.smtp.delivered(to)).toHaveLength(1);
    // Both workers were running and listening for jobs: one per instance, not one by luck.
    const workers = await sql`
      select distinct application_name from pg_stat_activity where application_name like 'blattwerk-mail %'`;
    expect(workers).toHaveLength(2);
  });
});

describe("Varnish in front", () => {
  it("serves anonymous pages from its cache with the app's Cache-Control and Surrogate-Key", async () => {
    const first = await pageText(`${V}/posts/${article.slug}`);
    expect(first.status).toBe(200);
    const second = await pageText(`${V}/posts/${article.slug}`);
    expect(second.headers.get("x-cache")).toBe("HIT");
    expect(second.headers.get("age")).toMatch(/^\d+$/);
    expect(second.headers.get("cache-control")).toMatch(/s-maxage=\d+/);
    expect(second.headers.get("surrogate-key")?.split(" ")).toContain(`article:${article.id}`);
    expect(second.text).toBe(first.text);
    // Signed-in requests pass (Auth.js session cookie), and Varnish answers them uncached.
    const reader = await sessionOn(A, "leser@example.com", "demo-leser-2026");
    const signedIn = await pageText(`${V}/posts/${article.slug}`, { cookie: reader });
    expect(signedIn.headers.get("x-cache")).toBe("PASS");
    expect(signedIn.headers.get("cache-control")).toMatch(/private/);
  });

  it("refuses purges from addresses outside its ACL and requires the keys header", async () => {
    const res = await fetch(`${V}/`, { method: "PURGE" });
    expect(res.status).toBe(400); // loopback is in the ACL; the header is missing
    expect((await fetch(`${V}/`, { method: "BREW" })).status).toBe(405);
  });
});

describe("a comment posted through A", () => {
  it("is on the next anonymous page from B and from Varnish; other pages stay cached", async () => {
    const [email] = await createReaders(sql, "purge", 1);
    const cookie = await sessionOn(A, email);
    const url = `/posts/${article.slug}`;
    // Warm: Varnish and B's own cache hold the page, and an unrelated one.
    for (const base of [V, B]) await pageText(`${base}${url}`);
    const unrelated = await pageText(`${V}/posts/${other.slug}`);
    expect(unrelated.headers.get("surrogate-key")?.split(" ")).not.toContain(`comments:${article.id}`);
    expect((await pageText(`${V}${url}`)).headers.get("x-cache")).toBe("HIT");

    const text = `Aus Instanz A geschrieben, ${Date.now()}.`;
    const posted = await postComment(A, cookie, article.id, text, `purge-${Date.now()}`);
    expect(posted.status).toBe(201);
    const viaB = await eventually(async () => (await pageText(`${B}${url}`)).text.includes(text));
    const viaVarnish = await eventually(async () => (await pageText(`${V}${url}`)).text.includes(text));
    console.log(`[cluster] comment visible via B after ${viaB} ms, via Varnish after ${viaVarnish} ms`);
    expect(viaB).not.toBeNull();
    expect(viaVarnish).not.toBeNull();
    expect((await pageText(`${V}/posts/${other.slug}`)).headers.get("x-cache")).toBe("HIT");
  });
});

describe("sessions, limits and idempotency across instances", () => {
  it("a session made on A signs in on B: comment on B, moderation on B by an admin who signed in on A", async () => {
    const [email] = await createReaders(sql, "session", 1);
    const cookie = await sessionOn(A, email);
    const account = await pageText(`${B}/account`, { cookie });
    expect(account.status).toBe(200);
    expect(account.text).toContain(`Cluster ${email}`);
    // Two links: held for moderation.
    const text = `Siehe https://example.org/a und https://example.org/b, Grüße aus B ${Date.now()}.`;
    const posted = await postComment(B, cookie, article.id, text, `held-${Date.now()}`);
    expect(posted.status).toBe(201);
    const [{ status }] = await sql<{ status: string }[]>`select status from comments where id = ${posted.id!}`;
    expect(status).toBe("pending");

    const admin = await sessionOn(A, "admin@example.com", "demo-admin-2026");
    const queue = await pageText(`${B}/dashboard/comments`, { cookie: admin });
    expect(queue.status).toBe(200);
    expect(queue.text).toContain("Grüße aus B");
    // The queue's plain form (what a browser without JavaScript posts), sent to B.
    const form = actionForm(queue.text, /action="\/dashboard\/comments\/moderate"/, true);
    expect(form).not.toBeNull();
    form!.set("rowAction", `approve:${posted.id}`);
    const res = await fetch(`${B}/dashboard/comments/moderate`, {
      method: "POST",
      headers: { cookie: admin, origin: B },
      body: form!,
      redirect: "manual",
    });
    expect(res.status).toBe(303);
    const [after] = await sql<{ status: string }[]>`select status from comments where id = ${posted.id!}`;
    expect(after.status).toBe("approved");
  });

  it("one idempotency key posted to A and to B at once stores one comment", async () => {
    const [email] = await createReaders(sql, "idem", 1);
    const cookie = await sessionOn(B, email);
    const key = `idem-${Date.now()}`;
    const text = "Zweimal geschickt, einmal gespeichert.";
    const [a, b] = await Promise.all([A, B].map((base) => postComment(base, cookie, article.id, text, key)));
    expect([a.status, b.status].every((s) => s === 200 || s === 201)).toBe(true);
    expect(a.id).toBe(b.id);
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from comments where idempotency_key = ${key}`;
    expect(n).toBe(1);
  });

  it("the flood limit and the sign-in limit count requests on both instances", async () => {
    const [email, victim] = await createReaders(sql, "limits", 2);
    const cookie = await sessionOn(A, email);
    expect((await postComment(A, cookie, article.id, "Erster Beitrag hier.", `flood-1-${Date.now()}`)).status).toBe(
      201,
    );
    expect((await postComment(B, cookie, article.id, "Gleich der zweite.", `flood-2-${Date.now()}`)).status).toBe(429);

    // Five failed sign-ins from one address, spread over both instances, block the sixth on either.
    for (let i = 0; i < 5; i++)
      await expect(sessionOn(i % 2 ? B : A, victim, "falsches-passwort-1")).rejects.toThrow(/refused/);
    await expect(sessionOn(B, victim)).rejects.toThrow(/refused/);
    await sql`delete from auth_attempts`;
    expect(await sessionOn(B, victim)).toMatch(/session-token/);
  });

  it("a server action rendered by A is accepted by B (same build, one encryption key)", async () => {
    const [email] = await createReaders(sql, "action", 1);
    const cookie = await sessionOn(A, email);
    const page = await pageText(`${A}/posts/${article.slug}`, { cookie });
    const form = actionForm(page.text, /comment-form/);
    expect(form).not.toBeNull();
    const text = `Über eine Server-Aktion von A an B, ${Date.now()}.`;
    form!.set("body", text);
    const res = await fetch(`${B}/posts/${article.slug}`, {
      method: "POST",
      headers: { cookie, origin: B },
      body: form!,
      redirect: "manual",
    });
    expect(res.status).toBeLessThan(400);
    await res.arrayBuffer();
    const rows = await sql`select id from comments where body = ${text}`;
    expect(rows).toHaveLength(1);
  });

  it("an image uploaded through A is served by B and through Varnish", async () => {
    const admin = await sessionOn(A, "admin@example.com", "demo-admin-2026");
    const png = await sharp({ create: { width: 640, height: 360, channels: 3, background: "#2a7" } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.set("file", new File([new Uint8Array(png)], "cluster.png", { type: "image/png" }));
    form.set("purpose", "cover");
    const res = await fetch(`${A}/dashboard/media`, {
      method: "POST",
      headers: { cookie: admin, origin: A, accept: "application/json" },
      body: form,
    });
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };
    for (const base of [B, V]) {
      const image = await fetch(`${base}${url}`);
      expect(image.status).toBe(200);
      expect(image.headers.get("content-type")).toBe("image/webp");
      expect((await sharp(Buffer.from(await image.arrayBuffer())).metadata()).format).toBe("webp");
    }
  });
});

describe("stopping instance A under load", () => {
  it("Varnish marks A sick, readers keep getting pages, no acknowledged comment is lost", async () => {
    const result = await runLoadWhileStopping(cluster, sql, [article, other]);
    console.log(`[cluster] stop under load: ${JSON.stringify(result)}`);
    expect(result.sickSeen).toBe(true);
    expect(result.reads).toBeGreaterThan(0);
    // A read in flight on A's sockets at the very moment it closes may fail once; Varnish
    // retries reads on the other instance, so nearly none do.
    expect(result.failedReads / result.reads).toBeLessThan(0.01);
    expect(result.acknowledged).toBeGreaterThan(0);
    expect(result.lost).toBe(0);
    expect(result.duplicated).toBe(0);
    // B took over sending purges: a comment through Varnish shows on the next page from Varnish.
    expect(result.senders).toBe(1);
    expect(result.visibleAfterStop).not.toBeNull();
    await sleep(0);
  });
});
