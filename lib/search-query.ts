import type { SearchParamValue } from "./pagination";

// What readers type into the search box, made safe to hand to PostgreSQL. The query itself
// goes to websearch_to_tsquery as a bound parameter, which accepts any text; this only bounds
// the work (length) and removes what PostgreSQL text cannot hold (NUL).

export const MAX_QUERY_LENGTH = 200;

/** Private-use characters: ts_headline wraps matches in them, the page turns them into <mark>. */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_STOP = "\uE001";

export function normaliseSearchQuery(value: SearchParamValue): string {
  const raw = Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
  const cleaned = raw
    .slice(0, MAX_QUERY_LENGTH * 4)
    .replace(/[\u0000-\u001F\u007F\uE000\uE001]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  // Cut by code points so a surrogate pair is never split in half.
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join("").trim();
}

const stripMarkers = (text: string) => text.replace(/[\uE000\uE001]/g, "");

export type HighlightPart = { text: string; highlighted: boolean };

/** "a\uE000b\uE001c" → [a][b, highlighted][c]. Unbalanced markers never produce markup. */
export function splitHighlights(value: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let rest = value;
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_START);
    if (start === -1) break;
    const stop = rest.indexOf(HIGHLIGHT_STOP, start + 1);
    if (stop === -1) break;
    const before = stripMarkers(rest.slice(0, start));
    if (before) parts.push({ text: before, highlighted: false });
    const marked = stripMarkers(rest.slice(start + 1, stop));
    if (marked) parts.push({ text: marked, highlighted: true });
    rest = rest.slice(stop + 1);
  }
  const tail = stripMarkers(rest);
  if (tail) parts.push({ text: tail, highlighted: false });
  return parts;
}
