import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";
import tseslint from "typescript-eslint";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    ".data/**",
    "next-env.d.ts",
    "bench/results/**",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { drizzle },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // An un-awaited permission check is a truthy Promise: always "allowed".
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-floating-promises": "error",
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    // Reader pages and the error pages link with plain <a>: a full page load from the front
    // server's cache, without next/link's client code and its prefetch requests (each one an
    // uncached render by Next). The dashboard keeps <Link>.
    files: ["components/**/*.tsx", "app/error.tsx", "app/forbidden.tsx"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // Configuration is parsed and checked once, in lib/env.ts; read it through env().
    files: ["app/**", "components/**", "server/**", "lib/**", "db/**", "origin/**", "front/**", "auth.ts", "proxy.ts"],
    // The embedded PostgreSQL gets the process's environment; session-token.ts mirrors Auth.js's own reads.
    ignores: ["lib/env.ts", "**/*.test.ts", "**/*.test.tsx", "db/embedded.ts", "server/accounts/session-token.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through env() from lib/env.ts." },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
]);
