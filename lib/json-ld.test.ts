import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./json-ld";

describe("serializeJsonLd", () => {
  const hostile = "</script><script>alert(1)</script> & <!-- \u2028";

  it("cannot close the script element or open a comment", () => {
    const out = serializeJsonLd({ headline: hostile });
    expect(out).not.toMatch(/[<>&]/);
    expect(out).not.toContain("\u2028");
    expect(out.toLowerCase()).not.toContain("</script");
  });

  it("is still the same JSON", () => {
    const data = { "@type": "BlogPosting", headline: hostile, nested: [{ text: "a > b && c < d" }] };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});
