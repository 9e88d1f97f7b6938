// Escaping for XML text and attribute values (feeds, sitemaps) and for HTML that travels
// inside them. Characters XML 1.0 forbids outright (most C0 controls, lone surrogates,
// U+FFFE/U+FFFF) are dropped: one of them in a title would make the whole feed unparseable.

const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Safe in element content and in single- or double-quoted attributes. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_XML_CHARS, "").replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Plain text as HTML (for an RSS description, which readers interpret as HTML). */
export function textToHtml(value: string): string {
  return value
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.replace(/[&<>"']/g, (c) => ENTITIES[c]).replace(/\n/g, "<br>")}</p>`)
    .join("");
}
