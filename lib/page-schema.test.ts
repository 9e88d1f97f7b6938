import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { slugify } from "./slug";
import { isReservedPageSlug, pageFormSchema } from "./page-schema";

const app = path.resolve(import.meta.dirname, "../app");

// Every first path segment a route answers: folders of app/ and of its route groups "(…)".
function topLevelSegments(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith("(") && entry.isDirectory()) return topLevelSegments(path.join(dir, entry.name));
    if (entry.name.startsWith("[") || entry.name.startsWith("_")) return [];
    return entry.isDirectory() || /\.(?:svg|ico|png|txt|xml)$/.test(entry.name) ? [entry.name] : [];
  });
}

describe("page slugs", () => {
  it("can never take the place of a route", () => {
    const segments = topLevelSegments(app);
    expect(segments).toContain("dashboard");
    for (const segment of segments) expect([segment, isReservedPageSlug(slugify(segment))]).toEqual([segment, true]);
  });

  it("are refused by the form when reserved", () => {
    const result = pageFormSchema.safeParse({
      title: "Suche",
      slug: "search",
      body: "",
      excerpt: "",
      coverImage: "",
      status: "draft",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("pages.errors.slugReserved");
    expect(
      pageFormSchema.safeParse({
        title: "Impressum",
        slug: "impressum",
        body: "",
        excerpt: "",
        coverImage: "",
        status: "published",
      }).success,
    ).toBe(true);
  });
});
