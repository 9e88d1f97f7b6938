import markdownIt, { type MarkdownIt } from "markdown-it";
import sanitizeHtml from "sanitize-html";
import { getLocale, type Locale } from "./i18n";
import { Lru } from "./lru";

// Raw HTML stays off in the parser, and the output is still sanitised: an allowlist is the
// only guarantee that holds when the parser, a plugin or a future option lets markup through.
const parsers: Partial<Record<Locale, MarkdownIt>> = {};

function parser(locale: Locale): MarkdownIt {
  parsers[locale] ??= markdownIt({
    html: false,
    linkify: true,
    typographer: true,
    // German „…“ and ‚…‘ instead of English curly quotes.
    quotes: locale === "de" ? "„“‚‘" : "“”‘’",
  });
  return parsers[locale];
}

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "s",
    "del",
    "code",
    "pre",
    "sub",
    "sup",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "img",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "loading"],
    ol: ["start"],
    th: ["style"],
    td: ["style"],
    code: ["class"],
  },
  allowedStyles: { th: { "text-align": [/^(left|right|center)$/] }, td: { "text-align": [/^(left|right|center)$/] } },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    // The page title is the only <h1>; a "# Heading" in the body becomes a section heading.
    h1: "h2",
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? "");
      const next = { ...attribs };
      delete next.rel;
      if (external) next.rel = "noopener";
      return { tagName, attribs: next };
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy" } }),
  },
};

/** Article Markdown → sanitised HTML, safe for dangerouslySetInnerHTML. */
export function renderMarkdown(source: string, locale: Locale = getLocale()): string {
  return sanitizeHtml(parser(locale).render(source), SANITIZE_OPTIONS);
}

// Parsing and sanitising took about a millisecond of every article page render. The output
// depends only on the text and the locale, so it is kept by both (an edited article is a new
// key): at most 500 texts or 8 M characters. Previews of unsaved text use renderMarkdown,
// so typing in the editor does not push published articles out.
const published = new Lru<string, string>(500, 8_000_000);

/** renderMarkdown for published text that many requests render again (article pages, feeds). */
export function renderPublishedMarkdown(source: string, locale: Locale = getLocale()): string {
  const key = `${locale}\n${source}`;
  let html = published.get(key);
  if (html === undefined) {
    html = renderMarkdown(source, locale);
    published.set(key, html, key.length + html.length);
  }
  return html;
}
