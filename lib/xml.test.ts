import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { escapeXml, textToHtml } from "./xml";

describe("escapeXml", () => {
  it("escapes the five XML special characters", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });

  it("drops characters XML 1.0 forbids and keeps everything else", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\uFFFEe\uD800f")).toBe("abcdef");
    expect(escapeXml("Tab\tNeu\nZeile\r – Grüße 😀")).toBe("Tab\tNeu\nZeile\r – Grüße 😀");
  });

  it("round-trips through a real XML parser, in text and in attributes", () => {
    const hostile = `</title><script>alert(1)</script> & ]]> "q" 'a' \u0001!`;
    const xml = `<r a="${escapeXml(hostile)}">${escapeXml(hostile)}</r>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      processEntities: true,
      htmlEntities: false,
    }).parse(xml) as { r: { "#text": string; "@a": string } };
    expect(parsed.r["#text"]).toBe(hostile.replace("\u0001", ""));
    expect(parsed.r["@a"]).toBe(hostile.replace("\u0001", ""));
  });
});

describe("textToHtml", () => {
  it("turns paragraphs and line breaks into HTML and escapes markup", () => {
    expect(textToHtml("Erster <b>Absatz</b>\nZeile zwei\n\nZweiter & letzter")).toBe(
      "<p>Erster &lt;b&gt;Absatz&lt;/b&gt;<br>Zeile zwei</p><p>Zweiter &amp; letzter</p>",
    );
    expect(textToHtml("   ")).toBe("");
  });
});
