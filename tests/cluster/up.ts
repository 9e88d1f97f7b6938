// Starts the test cluster and keeps it running until Ctrl-C (for looking at it by hand).
import { startCluster } from "./cluster";

const cluster = await startCluster();
console.log(
  JSON.stringify({
    varnish: cluster.varnishUrl,
    a: cluster.instances[0].url,
    b: cluster.instances[1].url,
    db: cluster.databaseUrl,
    folder: cluster.folder,
  }),
);
const stop = () => void cluster.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
