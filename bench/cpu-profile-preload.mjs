// Preloaded into the site by `npm run bench:render -- --profile`: SIGUSR2 starts the sampling
// profiler (200 µs), the next SIGUSR2 writes RENDER_PROFILE_DIR/<pid>.cpuprofile.
import fs from "node:fs";
import inspector from "node:inspector";

const dir = process.env.RENDER_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  let running = false;
  process.on("SIGUSR2", () => {
    if (!running) {
      session.post("Profiler.enable", () =>
        session.post("Profiler.setSamplingInterval", { interval: 200 }, () => session.post("Profiler.start")),
      );
    } else {
      session.post("Profiler.stop", (error, result) => {
        if (!error) fs.writeFileSync(`${dir}/${process.pid}.cpuprofile`, JSON.stringify(result.profile));
      });
    }
    running = !running;
  });
}
