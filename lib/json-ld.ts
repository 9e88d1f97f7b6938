// Structured data for <script type="application/ld+json">. JSON.stringify alone is not safe
// inside a script element: a string containing "</script>" would end it. Escaping <, > and &
// as JSON unicode escapes keeps the JSON identical for parsers and inert for the HTML parser;
// U+2028/U+2029 are escaped as well, since older JavaScript parsers reject them in strings.

export type JsonLd = Record<string, unknown>;

export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
