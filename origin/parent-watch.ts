// A child process outliving the process that started it keeps ports, workers and a database
// running that nobody will stop. Polling is the portable way to notice: Linux's
// PR_SET_PDEATHSIG is not reachable from Node.

/** Calls `onOrphaned` once the parent this process started under has gone (its parent id changed). */
export function watchParent(onOrphaned: () => void, intervalMs = 500): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onOrphaned();
  }, intervalMs);
  timer.unref();
}
