import { spawn } from "node:child_process";
import { startEmbeddedDatabase, freePort } from "../db/embedded";
const db = await startEmbeddedDatabase({ dataDir: "/work/wt-fault/.data/try/postgres", projectDir: "/work/wt-fault", port: 55432 });
console.log(db.url, db.pid);
const port = await freePort();
const site = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "start"], { detached: true, stdio: "inherit", env: { ...process.env, DATABASE_URL: db.url, PORT: String(port), HOSTNAME_BIND: "127.0.0.1", AUTH_SECRET: "x".repeat(40), DATA_DIR: "/work/wt-fault/.data/try" } });
for (;;) { try { const r = await fetch(`http://127.0.0.1:${port}/api/health`); if (r.ok) break; } catch {} await new Promise(r => setTimeout(r, 500)); }
console.log("READY", port);
const show = async (p: string) => { const t0 = Date.now(); const r = await fetch(`http://127.0.0.1:${port}${p}`, { headers: { cookie: "x=1" } }); const b = await r.text(); console.log(p, r.status, Date.now() - t0, "ms", r.headers.get("retry-after"), b.slice(0, 150).replace(/\n/g, " "), b.includes("Technische") ? "HAS-ERRORPAGE" : ""); };
await show("/"); await show("/api/health");
await db.stop(); console.log("DB STOPPED");
await show("/"); await show("/?a=1"); await show("/api/health"); await show("/category/x");
const db2 = await startEmbeddedDatabase({ dataDir: "/work/wt-fault/.data/try/postgres", projectDir: "/work/wt-fault", port: 55432 });
console.log("DB STARTED");
await show("/api/health"); await show("/?b=1");
await db2.kill("SIGKILL"); console.log("KILLED");
await show("/?c=1"); await show("/api/health");
process.kill(-site.pid!, "SIGTERM"); await new Promise(r => setTimeout(r, 3000));
try { await startEmbeddedDatabase({ dataDir: "/work/wt-fault/.data/try/postgres", projectDir: "/work/wt-fault", port: 55432 }).then(d => d.stop()); console.log("restart after kill ok"); } catch (e) { console.log("restart failed", String(e).slice(0, 300)); }
process.exit(0);
