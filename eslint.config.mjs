import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";
import tseslint from "typescript-eslint";

// Layers point one way: app/ → components/ → server/ → db/, lib/ a leaf (see README's
// Architecture). Each block forbids what its folder must not import, so a violation fails lint.
const ours = (...folders) => folders.flatMap((f) => [`@/${f}`, `@/${f}/*`, `@/${f}/**`]);
const banImports = (folders, message) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        { group: ours(...folders), message },
        { group: folders.map((f) => `**/../${f}/**`), message },
      ],
    },
  ],
});

// A client component ("use client") never imports server/ or db/ (a type import is erased and allowed).
const clientBoundary = {
  rules: {
    "no-server-imports": {
      meta: { type: "problem", schema: [] },
      create(context) {
        let client = false;
        return {
          Program(node) {
            client = node.body.some((n) => n.type === "ExpressionStatement" && n.directive === "use client");
          },
          ImportDeclaration(node) {
            if (!client || node.importKind === "type") return;
            if (/^(@\/|(\.\.\/)+)(server|db)(\/|$)/.test(node.source.value))
              context.report({ node, message: "A client component must not import server/ or db/." });
          },
        };
      },
    },
  },
};

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
    files: ["components/**/*.tsx", "app/error.tsx"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { blattwerk: clientBoundary },
    rules: { "blattwerk/no-server-imports": "error" },
  },
  {
    files: ["components/**"],
    rules: {
      ...banImports(["app"], "components/ receive actions as props; they never import app/."),
      // Actions live in an app/ actions.ts or a server/ "use server" module, never inline in a shared component.
      "no-restricted-syntax": [
        "error",
        { selector: "ExpressionStatement[directive='use server']", message: 'No "use server" in components/.' },
      ],
    },
  },
  {
    files: ["server/**"],
    ignores: ["**/*.test.ts"],
    rules: banImports(["app", "components"], "server/ does not import app/ or components/."),
  },
  {
    files: ["db/**"],
    ignores: ["**/*.test.ts"],
    rules: banImports(
      ["app", "components", "server"],
      "db/ is below server/: it imports none of app/, components/, server/.",
    ),
  },
  {
    files: ["lib/**"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: banImports(
      ["app", "components", "server", "db", "front", "origin", "auth", "auth.config", "tests"],
      "lib/ is a leaf: it imports nothing of ours outside lib/.",
    ),
  },
  {
    // The front server is a plain shared cache (Varnish could take its place): no application tables.
    files: ["front/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["drizzle-orm"],
          patterns: [
            {
              group: [...ours("db", "server", "app", "components"), "**/../db/**", "**/../server/**"],
              message: "front/ knows no application tables: only cache keys and purges.",
            },
          ],
        },
      ],
    },
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
