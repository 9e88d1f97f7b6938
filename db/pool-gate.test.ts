import { afterAll, describe, expect, it } from "vitest";
import { DatabaseBusy, PoolGate } from "./pool-gate";

// A small pool whose wait is short, so the test can fill it and watch the next query give up.
process.env.DATABASE_POOL_SIZE = "2";
process.env.DATABASE_POOL_WAIT_MS = "300";
const { sql, db } = await import("./client");
const { checkDatabase } = await import("@/server/http/database-health");

afterAll(async () => {
  await sql.end({ timeout: 1 });
});

/** Settles with "first" or "second", whichever promise settles first. */
const firstSettled = (first: Promise<unknown>, second: Promise<unknown>) =>
  Promise.race([
    first.then(
      () => "first",
      () => "first",
    ),
    second.then(
      () => "second",
      () => "second",
    ),
  ]);

/** Takes one slot of the gate until `release` is called. */
async function hold(gate: PoolGate) {
  let release = () => {};
  const admitted = new Promise<void>((started) => {
    void gate.run(() => new Promise<void>((resolve) => ((release = resolve), started())));
  });
  await admitted;
  return release;
}

describe("PoolGate", () => {
  it("admits up to its size and refuses a caller that waits too long", async () => {
    const gate = new PoolGate(1, 50);
    const release = await hold(gate);
    await expect(gate.run(async () => "never")).rejects.toBeInstanceOf(DatabaseBusy);
    release();
    await expect(gate.run(async () => "next")).resolves.toBe("next");
  });

  it("hands a freed slot to the next waiter", async () => {
    const gate = new PoolGate(1, 5000);
    const release = await hold(gate);
    const waiter = gate.run(async () => "admitted");
    release();
    await expect(waiter).resolves.toBe("admitted");
  });
});

describe("the database client with every connection busy", () => {
  it("fails queries, transactions and the health check instead of queueing them behind the busy ones", async () => {
    const sleeps = Promise.all([sql`select pg_sleep(3)`, sql`select pg_sleep(3)`]);
    await new Promise((r) => setTimeout(r, 100));

    const query = Promise.resolve(sql`select 1`);
    expect(await firstSettled(query, sleeps)).toBe("first");
    await expect(query).rejects.toBeInstanceOf(DatabaseBusy);

    const transaction = db.transaction(async (tx) => tx.execute("select 1"));
    expect(await firstSettled(transaction, sleeps)).toBe("first");
    await expect(transaction).rejects.toBeInstanceOf(DatabaseBusy);

    const health = checkDatabase();
    expect(await firstSettled(health, sleeps)).toBe("first");
    expect(await health).toBe("busy");

    await sleeps;
    expect(await checkDatabase()).toBe("up");
    await expect(db.transaction(async (tx) => tx.execute("select 1"))).resolves.toBeDefined();
  });

  it("counts a reserved connection as busy until it is released", async () => {
    const first = await sql.reserve();
    const second = await sql.reserve();
    await expect(Promise.resolve(sql`select 1`)).rejects.toBeInstanceOf(DatabaseBusy);
    first.release();
    first.release();
    await expect(Promise.resolve(sql`select 1 as one`)).resolves.toEqual([{ one: 1 }]);
    second.release();
    const [a, b] = await Promise.all([sql.reserve(), sql.reserve()]);
    a.release();
    b.release();
  });
});
