import { Fragment, type ReactNode } from "react";

// Comments are plain text. They are turned into React elements, never into an HTML string,
// so whatever markup a commenter types is escaped by React and shows as inert text.

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'"“”„‘’‚»«›‹)\]}*]$/;
const PAIRS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * Drops punctuation that ends the sentence rather than the URL: "siehe https://a.de/x." or
 * "(https://a.de/x)". A closing bracket stays when the URL itself opened it, as in
 * https://de.wikipedia.org/wiki/Blatt_(Botanik).
 */
export function trimUrl(candidate: string): string {
  let url = candidate;
  while (TRAILING_PUNCTUATION.test(url)) {
    const last = url[url.length - 1];
    const opening = PAIRS[last];
    if (opening && count(url, opening) >= count(url, last)) break;
    url = url.slice(0, -1);
  }
  return url;
}

function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname.includes(".");
  } catch {
    return false;
  }
}

export type TextSegment = { type: "text"; text: string } | { type: "link"; href: string; text: string };

/** Splits one line into text and link segments. */
export function segmentLine(line: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const start = match.index;
    const url = trimUrl(match[0]);
    if (!isWebUrl(url)) continue;
    if (start > cursor) segments.push({ type: "text", text: line.slice(cursor, start) });
    segments.push({ type: "link", href: url, text: url });
    cursor = start + url.length;
  }
  if (cursor < line.length) segments.push({ type: "text", text: line.slice(cursor) });
  return segments;
}

/** Paragraphs (split on blank lines), each a list of lines, each a list of segments. */
export function parseCommentText(text: string): TextSegment[][][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/g, ""))
    .filter((paragraph) => paragraph.trim() !== "")
    .map((paragraph) => paragraph.split("\n").map(segmentLine));
}

export function CommentText({ text }: { text: string }): ReactNode {
  return parseCommentText(text).map((lines, p) => (
    <p key={p}>
      {lines.map((segments, l) => (
        <Fragment key={l}>
          {l > 0 && <br />}
          {segments.map((segment, s) =>
            segment.type === "link" ? (
              <a key={s} href={segment.href} rel="nofollow ugc noopener noreferrer">
                {segment.text}
              </a>
            ) : (
              segment.text
            ),
          )}
        </Fragment>
      ))}
    </p>
  ));
}
