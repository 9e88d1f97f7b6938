import { afterEach, describe, expect, it } from "vitest";
import { de } from "./de";
import { en } from "./en";
import { getLocale, t, tp } from "./index";

afterEach(() => {
  delete process.env.SITE_LOCALE;
});

describe("catalogues", () => {
  it("have the same keys and plural forms", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(typeof en[key], key).toBe(typeof de[key]);
    }
  });
});

describe("getLocale", () => {
  it("defaults to German and accepts English", () => {
    expect(getLocale()).toBe("de");
    process.env.SITE_LOCALE = "en";
    expect(getLocale()).toBe("en");
  });

  it("rejects unknown locales loudly", () => {
    process.env.SITE_LOCALE = "fr";
    expect(() => getLocale()).toThrow(/SITE_LOCALE/);
  });
});

describe("t and tp", () => {
  it("interpolates", () => {
    expect(t("comments.says", { name: "Anna" })).toBe("Anna schreibt:");
    expect(t("respond.heading", { title: "Titel" })).toBe("Jetzt zu „Titel“ kommentieren:");
  });

  it("picks plural forms", () => {
    expect(tp("comments.count", 0)).toBe("Keine Kommentare");
    expect(tp("comments.count", 1)).toBe("1 Kommentar");
    expect(tp("comments.count", 2)).toBe("2 Kommentare");
    expect(tp("comments.count", 1234)).toBe("1.234 Kommentare");
    expect(tp("comments.heading", 2, { title: "X" })).toBe("2 Kommentare zu „X“");
    expect(tp("comments.count", 2, undefined, "en")).toBe("2 comments");
  });
});
