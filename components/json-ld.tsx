import { serializeJsonLd, type JsonLd as JsonLdData } from "@/lib/json-ld";

/**
 * Structured data. serializeJsonLd escapes <, > and &, so no string in the data can close the
 * script element; browsers never execute this type, so it needs no CSP nonce.
 */
export function JsonLd({ data }: { data: JsonLdData | JsonLdData[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
