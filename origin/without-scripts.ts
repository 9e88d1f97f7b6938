// Anonymous readers get pages without Next's JavaScript. Everything a reader without an account
// can do on them (read, page through comments, search, follow links) is plain HTML, and works
// with JavaScript off (e2e/reading.spec.ts); what needs React (the comment form, the dashboard)
// is behind sign-in, whose pages keep their scripts. Without the framework runtime, the React
// payload and their preloads, a page is about half the bytes, and a browser has nothing to
// download, parse or hydrate before the reader can scroll.

// Next's markup is machine-written: a script's text never contains "</script" (React escapes
// "<" in its payload), so a lazy match ends at the script's own end tag.
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\b(?:as="script"|rel="modulepreload"))[^>]*>/g;
const STRUCTURED_DATA = /\btype="application\/ld\+json"/;

/** The page's HTML without its scripts, except structured data (JSON-LD), which is not run. */
export function withoutScripts(html: string): string {
  return html
    .replace(SCRIPT, (script, attributes: string) => (STRUCTURED_DATA.test(attributes) ? script : ""))
    .replace(SCRIPT_PRELOAD, "");
}
