import { afterEach, describe, expect, it } from "vitest";
import { de } from "./de";
import { en } from "./en";
import { errorPage } from "../../origin/error-page";
import { fill } from "./fill";
import { getLocale, t, texts, tp, translate } from "./index";

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

  it("use the same placeholders in both languages", () => {
    const placeholders = (text: unknown) => [...JSON.stringify(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(de[key]));
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

describe("run-time keys and client slices", () => {
  it("translates keys that arrive at run time, with a generic text for unknown ones", () => {
    expect(translate("errors.tooManyAttempts", { minutes: 15 })).toBe(
      "Zu viele Anmeldeversuche. Bitte versuche es in 15 Minuten erneut.",
    );
    expect(translate("errors.nichtDa")).toBe(t("errors.unexpected"));
    expect(translate("comments.count")).toBe(t("errors.unexpected"));
  });

  it("hands client components only the texts under their prefixes", () => {
    const slice = texts("signIn.", "fields.");
    expect(slice["signIn.title"]).toBe("Anmelden");
    expect(fill(slice["fields.passwordHint"], { min: 12 })).toBe("Mindestens 12 Zeichen.");
    expect(Object.keys(slice).every((key) => key.startsWith("signIn.") || key.startsWith("fields."))).toBe(true);
  });
});

describe("the origin server's error pages", () => {
  it("follow SITE_LOCALE", () => {
    const german = errorPage(413, "abc");
    expect(german).toContain('<html lang="de">');
    expect(german).toContain("Anfrage zu groß");
    expect(german).toContain("Fehler-ID: abc");
    process.env.SITE_LOCALE = "en";
    const english = errorPage(413, "abc");
    expect(english).toContain('<html lang="en">');
    expect(english).toContain("Request too large");
    expect(english).toContain("Error 413");
    expect(english).toContain("Error id: abc");
    expect(errorPage(599, "x")).toContain("Temporarily unavailable");
  });
});
