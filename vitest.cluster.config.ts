import path from "node:path";
import { defineConfig } from "vitest/config";

// npm run test:cluster: the cluster test starts its own PostgreSQL, app instances and Varnish.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/cluster/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 15 * 60_000,
    fileParallelism: false,
  },
});
