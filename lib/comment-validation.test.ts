import { describe, expect, it } from "vitest";
import { validateGuestIdentity } from "./comment-validation";

describe("validateGuestIdentity", () => {
  it("keeps a guest's name tidy, her email lower-case and her website as an http(s) address", () => {
    expect(
      validateGuestIdentity({ name: "  Internet\u0000ente ", email: " Ente@Teich.Example ", url: "ente.example.org" }),
    ).toEqual({
      ok: true,
      guest: { name: "Internetente", email: "ente@teich.example", url: "https://ente.example.org/" },
    });
    expect(validateGuestIdentity({ name: "Ente", email: "ente@teich.example", url: "" })).toMatchObject({
      ok: true,
      guest: { url: null },
    });
  });

  it("names every wrong field: no name, no valid email, a website that is no web address", () => {
    expect(validateGuestIdentity({ name: " ", email: "ente-at-teich", url: "javascript:alert(1)" })).toEqual({
      ok: false,
      errors: { name: "guestError.name", email: "guestError.email", url: "guestError.url" },
    });
    expect(validateGuestIdentity({ name: "x".repeat(81), email: "a@b.example", url: "ftp://x.example" })).toEqual({
      ok: false,
      errors: { name: "guestError.name", url: "guestError.url" },
    });
  });
});
