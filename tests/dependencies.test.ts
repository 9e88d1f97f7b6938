// Versions with known security fixes, and one copy of Auth.js's core (two copies would keep
// two sets of session and CSRF state). `npm audit --omit=dev` checks advisories where the
// registry's audit endpoint is reachable; this test holds the floor everywhere.
import fs from "node:fs";
import { describe, expect, it } from "vitest";

const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8")) as {
  packages: Record<string, { version?: string }>;
};

function versionOf(name: string): string {
  return lock.packages[`node_modules/${name}`]?.version ?? "0.0.0";
}

function atLeast(version: string, floor: string): boolean {
  const parse = (v: string) => v.split(/[.-]/).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const a = parse(version);
  const b = parse(floor);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x > y;
    return String(x) > String(y);
  }
  return true;
}

describe("dependencies", () => {
  it("are at or above the versions with the known security fixes", () => {
    expect(atLeast(versionOf("next"), "16.3.3"), versionOf("next")).toBe(true);
    expect(atLeast(versionOf("react"), "19.2.8"), versionOf("react")).toBe(true);
    expect(atLeast(versionOf("react-dom"), "19.2.8"), versionOf("react-dom")).toBe(true);
    expect(atLeast(versionOf("next-auth"), "5.0.0-beta.32"), versionOf("next-auth")).toBe(true);
  });

  it("hold a single copy of @auth/core", () => {
    const copies = Object.keys(lock.packages).filter((path) => path.endsWith("node_modules/@auth/core"));
    expect(copies).toEqual(["node_modules/@auth/core"]);
  });

  it("the version check itself orders versions correctly", () => {
    expect(atLeast("16.4.6", "16.3.3")).toBe(true);
    expect(atLeast("16.3.2", "16.3.3")).toBe(false);
    expect(atLeast("5.0.0-beta.31", "5.0.0-beta.32")).toBe(false);
  });
});
