import { spawn } from "node:child_process";
import path from "node:path";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { uniqueEmail } from "@/tests/data";
import { startSmtpSink, waitFor } from "@/tests/smtp-sink";
import { enqueueMail } from "./outbox";
import { startMailWorker } from "./worker";

// Ports 4013-4019 belong to these tests (README, "Tests").
const PORT = 4013;
const FROM = "Blattwerk <noreply@blattwerk.test>";
const smtpUrl = `smtp://127.0.0.1:${PORT}`;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const stops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  sink = await startSmtpSink(PORT);
});
afterEach(async () => {
  while (stops.length) await stops.pop()!();
  sink.state.behaviour = () => "accept";
});
afterAll(() => sink.close());

async function worker(maxAttempts = 5) {
  const w = await startMailWorker({
    databaseUrl: process.env.DATABASE_URL!,
    mail: { smtpUrl, from: FROM },
    maxAttempts,
  });
  stops.push(w.stop);
  return w;
}

async function enqueue(count: number, label: string) {
  const recipients = Array.from({ length: count }, () => uniqueEmail(label));
  await db.transaction(async (tx) => {
    for (const to of recipients)
      await enqueueMail(tx, {
        kind: "password-reset",
        eventKey: `test:${to}`,
        to,
        data: { url: `https://site.test/r/${to}` },
      });
  });
  return recipients;
}

const statuses = async (recipients: string[]) =>
  (await db.select().from(mailOutbox).where(inArray(mailOutbox.recipient, recipients))).map((r) => r.status);

describe("mail outbox and worker", () => {
  it("delivers each mail once with its headers; a second mail for the same event and recipient is not written", async () => {
    const [to] = await enqueue(1, "once");
    expect(
      await db.transaction((tx) =>
        enqueueMail(tx, { kind: "password-reset", eventKey: `test:${to}`, to, data: { url: "x" } }),
      ),
    ).toBe(false);
    await worker();
    await waitFor(async () => (await statuses([to]))[0] === "sent");
    const [{ raw, text }] = sink.delivered(to);
    expect(sink.delivered(to)).toHaveLength(1);
    expect(raw).toMatch(/^From: Blattwerk <noreply@blattwerk\.test>$/m);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?Q\?Passwort_zur=C3=BCcksetzen_bei_Blattwerk\?=$/m);
    expect(raw).toMatch(/^Message-ID: <mail-\d+\.[0-9a-z]+@localhost>$/m);
    expect(raw).toMatch(/^Date: \w{3}, \d+ \w{3} \d{4} /m);
    expect(raw).toMatch(/^Auto-Submitted: auto-generated$/m);
    expect(text).toContain("mit diesem Link legst du ein neues Passwort für dein Konto bei Blattwerk fest");
    expect(text).toContain(`href="https://site.test/r/${to}"`);
    expect(text).not.toMatch(/<img|src=/i);
  });

  it("a rolled-back change leaves no mail", async () => {
    const to = uniqueEmail("rollback");
    await expect(
      db.transaction(async (tx) => {
        await enqueueMail(tx, { kind: "password-reset", eventKey: `test:${to}`, to, data: { url: "x" } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await statuses([to])).toEqual([]);
  });

  it("two workers deliver every mail exactly once", async () => {
    const recipients = await enqueue(30, "two");
    await Promise.all([worker(), worker()]);
    await waitFor(async () => (await statuses(recipients)).every((s) => s === "sent"));
    for (const to of recipients) expect(sink.mails.filter((m) => m.to === to)).toHaveLength(1);
  });

  it("an SMTP server refusing for a while delays delivery but loses nothing", async () => {
    const refused = new Set<string>();
    // Every mail is refused the first time (451), then accepted.
    sink.state.behaviour = ({ to }) => (refused.has(to) ? "accept" : (refused.add(to), "refuse"));
    const recipients = await enqueue(5, "flaky");
    await worker();
    await waitFor(async () => (await statuses(recipients)).every((s) => s === "sent"));
    for (const to of recipients) expect(sink.delivered(to)).toHaveLength(1);
    const rows = await db.select().from(mailOutbox).where(inArray(mailOutbox.recipient, recipients));
    expect(rows.map((r) => r.attempts)).toEqual([2, 2, 2, 2, 2]);
  });

  it("after the last try a mail is dead, with the error kept for the dashboard", async () => {
    sink.state.behaviour = () => "refuse";
    const [to] = await enqueue(1, "dead");
    await worker(2);
    await waitFor(async () => (await statuses([to]))[0] === "dead");
    const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.recipient, to));
    expect(row.attempts).toBe(2);
    expect(row.lastError).toContain("try again later");
    expect(sink.delivered(to)).toHaveLength(0);
  });

  it("a worker killed mid-batch sends nothing twice; the other mails still go out", async () => {
    // The worker runs as `npm run worker` does, in a process of its own, killed with SIGKILL
    // while the SMTP server holds its third and fourth messages unanswered.
    let seen = 0;
    sink.state.behaviour = () => (++seen > 2 ? "stall" : "accept");
    const recipients = await enqueue(12, "killed");
    const child = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/worker.ts")], {
      env: { ...process.env, SMTP_URL: smtpUrl, EMAIL_FROM: FROM, LOG_LEVEL: "error" },
      stdio: "ignore",
    });
    await waitFor(() => sink.mails.filter((m) => recipients.includes(m.to)).length >= 3);
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const rows = await db.select().from(mailOutbox).where(inArray(mailOutbox.recipient, recipients));
    const interrupted = rows.filter((r) => r.status === "sending").map((r) => r.recipient);
    expect(interrupted.length).toBeGreaterThanOrEqual(1);
    sink.state.behaviour = () => "accept";
    // As if graphile-worker's 4-hour lock had expired: a new worker may take the jobs again.
    await db.execute(
      sql`update graphile_worker._private_jobs set locked_at = null, locked_by = null where locked_at is not null`,
    );
    await worker();
    const others = recipients.filter((to) => !interrupted.includes(to));
    await waitFor(async () => (await statuses(others)).every((s) => s === "sent"));
    // Interrupted mid-send: never sent again by itself (the SMTP server may have taken it).
    expect(await statuses(interrupted)).toEqual(interrupted.map(() => "sending"));
    for (const to of recipients) expect(sink.mails.filter((m) => m.to === to).length).toBeLessThanOrEqual(1);
    for (const to of others) expect(sink.delivered(to)).toHaveLength(1);
  }, 60_000);
});
