// postgres.js queues a query when all its connections are busy and never gives up waiting
// (porsager/postgres#824): with every connection stuck, requests would hang. This gate admits
// at most `size` queries or transactions at a time (the pool's size, so postgres.js itself
// never queues) and fails whoever waits longer than `waitMs` for a slot with DatabaseBusy.
// A waiting query has not been sent, so giving up on it is safe, also for writes.
import type postgres from "postgres";
import { Gate } from "../lib/gate";

export class DatabaseBusy extends Error {
  constructor(waitMs: number) {
    super(`no database connection became free within ${waitMs} ms`);
    this.name = "DatabaseBusy";
  }
}

/** The gate in front of the database pool: its size is the pool's. */
export class PoolGate extends Gate {
  constructor(size: number, waitMs: number) {
    super(size, waitMs, () => new DatabaseBusy(waitMs));
  }
}

type Mode = "rows" | "values";

/**
 * A query that is created at once (as postgres.js's are) but sent only when awaited, after the
 * gate admits it. Drizzle calls `.values()` before awaiting, so that is all it needs to offer.
 */
function gatedQuery(gate: PoolGate, create: () => postgres.PendingQuery<postgres.Row[]>) {
  let mode: Mode = "rows";
  let result: Promise<unknown> | null = null;
  const start = () =>
    (result ??= gate.run(() => {
      const query = create();
      return mode === "values" ? query.values() : query;
    }));
  const pending = {
    values() {
      mode = "values";
      return pending;
    },
    then<A, B>(
      onFulfilled?: (value: unknown) => A | PromiseLike<A>,
      onRejected?: (reason: unknown) => B | PromiseLike<B>,
    ) {
      return start().then(onFulfilled, onRejected);
    },
  };
  return pending;
}

/** The client as the app sees it: queries (tagged or `unsafe`) and transactions pass the gate. */
export function withPoolGate(client: postgres.Sql, gate: PoolGate): postgres.Sql {
  return new Proxy(client, {
    apply(target, _this, args: Parameters<postgres.Sql>) {
      // sql`…` is a query; sql(name) and sql(object) are fragments for use inside one.
      if (!Array.isArray((args[0] as TemplateStringsArray | undefined)?.raw)) return target(...args);
      return gatedQuery(gate, () => target(...args) as postgres.PendingQuery<postgres.Row[]>);
    },
    get(target, property, receiver) {
      if (property === "unsafe")
        return (...args: Parameters<postgres.Sql["unsafe"]>) => gatedQuery(gate, () => target.unsafe(...args));
      // A reserved connection holds one slot until it is released.
      if (property === "reserve") return () => reserveGated(target, gate);
      // The whole transaction holds one slot; its own queries run on its reserved connection.
      if (property === "begin")
        return (...args: unknown[]) => gate.run(() => (target.begin as (...a: unknown[]) => Promise<unknown>)(...args));
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

async function reserveGated(client: postgres.Sql, gate: PoolGate): Promise<postgres.ReservedSql> {
  const releaseSlot = await gate.hold();
  try {
    const reserved = await client.reserve();
    const releaseConnection = reserved.release.bind(reserved);
    let released = false;
    // postgres.js would hand the connection to the pool twice on a second release.
    reserved.release = () => {
      if (released) return;
      released = true;
      releaseConnection();
      releaseSlot();
    };
    return reserved;
  } catch (error) {
    releaseSlot();
    throw error;
  }
}
