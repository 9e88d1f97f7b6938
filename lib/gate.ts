// Admits at most `size` pieces of work at a time; a caller that waits longer than `waitMs`
// for a slot gets the error `busy()` makes instead (it never started, so giving up is safe).
// Used for the database pool (db/pool-gate.ts) and for the renders the front server asks of
// Next (front/server.ts).
export class Gate {
  private active = 0;
  private readonly waiting: Array<{ admit: () => void }> = [];

  constructor(
    readonly size: number,
    readonly waitMs: number,
    private readonly busy: () => Error,
  ) {}

  async run<T>(work: () => PromiseLike<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  /** Takes a slot until the returned function is called (once; later calls do nothing). */
  async hold(): Promise<() => void> {
    await this.acquire();
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.release();
    };
  }

  private acquire(): Promise<void> {
    if (this.active < this.size) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const entry = {
        admit: () => {
          clearTimeout(timer);
          this.active++;
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(entry), 1);
        reject(this.busy());
      }, this.waitMs);
      this.waiting.push(entry);
    });
  }

  private release() {
    this.active--;
    this.waiting.shift()?.admit();
  }
}
