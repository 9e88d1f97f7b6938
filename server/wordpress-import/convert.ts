// A post's HTML (Gutenberg blocks or the classic editor's) → the site's Markdown. What has no
// Markdown form (shortcodes, dynamic or plugin blocks, embeds, scripts) stays readable as
// text and is named in `notes`, so the report says what to look at after the import.
import TurndownService from "turndown";
import { decodeEntities, oneLine } from "./html-text";

export type Converted = {
  markdown: string;
  /** The text before `<!--more-->`, as a plain teaser ("" without one). */
  teaser: string;
  /** Original addresses of images and uploaded files the body points to (kept, not copied). */
  media: string[];
  notes: string[];
};

// Core blocks whose saved HTML says everything; their comments can simply go.
const PLAIN_BLOCKS = new Set([
  "paragraph",
  "heading",
  "list",
  "list-item",
  "quote",
  "pullquote",
  "code",
  "preformatted",
  "verse",
  "image",
  "gallery",
  "separator",
  "spacer",
  "more",
  "nextpage",
  "table",
  "html",
  "freeform",
  "group",
  "columns",
  "column",
  "media-text",
  "cover",
  "buttons",
  "button",
  "file",
  "audio",
  "video",
  "embed",
  "shortcode",
  "missing",
  "details",
]);
const BLOCK_COMMENT = /<!--\s+(\/)?wp:([a-z0-9_-]+(?:\/[a-z0-9_-]+)?)(\s+\{[\s\S]*?\})?\s+(\/)?-->/g;
// [name attr="…"], [name] … [/name], [/name]: the forms WordPress shortcodes take. Plain
// bracketed words ("[sic]", "[1]") are not reported unless they close like a shortcode.
const SHORTCODE = /\[(\/)?([a-z_][a-z0-9_-]*)((?:\s+[a-z0-9_-]+=(?:"[^"]*"|'[^']*'|[^\s\]]+))*)\s*\/?\]/gi;
const KNOWN_SHORTCODES = new Set(["caption", "wp_caption", "gallery", "embed", "audio", "video", "playlist"]);
const BLOCK_TAG = /^\s*<(p|div|h[1-6]|ul|ol|li|blockquote|pre|table|figure|hr|dl|address|form|section|iframe)[\s>/]/i;

/** wpautop, simplified: classic posts separate paragraphs by blank lines, not <p>. */
function autoParagraphs(html: string): string {
  return (
    html
      .replace(/\r\n?/g, "\n")
      // <!--more--> stands on a line of its own, as a block.
      .replace(/\s*(<!--more(?:\s[^>]*)?-->)\s*/gi, "\n\n$1\n\n")
      // Preformatted text keeps its blank lines and line breaks.
      .split(/(<pre[\s>][\s\S]*?<\/pre>)/i)
      .map((part) =>
        /^<pre[\s>]/i.test(part)
          ? part
          : part
              .split(/\n\s*\n/)
              .map((chunk) =>
                chunk.trim() === ""
                  ? ""
                  : BLOCK_TAG.test(chunk) || /^\s*<!--/.test(chunk)
                    ? chunk
                    : `<p>${chunk.trim().replace(/\n/g, "<br>\n")}</p>`,
              )
              .join("\n\n"),
      )
      .join("")
  );
}

function replaceShortcodes(html: string, notes: Set<string>): string {
  // [caption id="…" align="…" width="…"]<img …> Caption text[/caption] → a figure.
  let out = html.replace(/\[(?:wp_)?caption[^\]]*\]([\s\S]*?)\[\/(?:wp_)?caption\]/gi, (_, inner: string) => {
    const image = /(<a\s[^>]*>\s*)?<img[^>]*>(\s*<\/a>)?/i.exec(inner);
    if (!image) return inner;
    const caption = inner.replace(image[0], "").trim();
    return `<figure>${image[0]}${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`;
  });
  out = out.replace(
    /\[embed[^\]]*\]([\s\S]*?)\[\/embed\]/gi,
    (_, url: string) => `<p><a href="${url.trim()}">${url.trim()}</a></p>`,
  );
  for (const m of out.matchAll(SHORTCODE)) {
    const [, closing, name, attrs] = m;
    if (KNOWN_SHORTCODES.has(name.toLowerCase()) || closing || attrs.trim() || out.includes(`[/${name}]`)) {
      notes.add(`shortcode [${name}] kept as text`);
    }
  }
  return out;
}

function stripBlockComments(html: string, notes: Set<string>): string {
  return html.replace(
    BLOCK_COMMENT,
    (_whole, closing: string | undefined, name: string, _attrs, selfClosing: string | undefined) => {
      if (closing) return "";
      const short = name.startsWith("core/") ? name.slice(5) : name;
      if (selfClosing && short !== "more" && short !== "nextpage" && short !== "separator" && short !== "spacer") {
        // A dynamic block (latest posts, a plugin's widget) is rendered by PHP: the export has no content for it.
        notes.add(`block wp:${short} has no saved content; a placeholder marks its place`);
        return `<p>[wp:${short}]</p>`;
      }
      if (!PLAIN_BLOCKS.has(short)) notes.add(`block wp:${short} converted from its saved HTML`);
      return "";
    },
  );
}

function tableToMarkdown(service: TurndownService, table: HTMLElement): string {
  const rows = Array.from(table.querySelectorAll("tr")).map((tr) =>
    Array.from(tr.querySelectorAll("th, td")).map((cell) =>
      service
        .turndown((cell as HTMLElement).innerHTML)
        .replace(/\s*\n+\s*/g, " ")
        .replace(/\|/g, "\\|")
        .trim(),
    ),
  );
  if (rows.length === 0) return "";
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? "").join(" | ")} |`;
  return `\n\n${[line(rows[0]), `| ${Array(width).fill("---").join(" | ")} |`, ...rows.slice(1).map(line)].join("\n")}\n\n`;
}

function createService(notes: Set<string>): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "_",
    hr: "---",
  });
  service.remove(["script", "style", "noscript"]);
  service.addRule("table", {
    filter: "table",
    replacement: (_content, node) => tableToMarkdown(service, node as HTMLElement),
  });
  service.addRule("figcaption", {
    filter: "figcaption",
    replacement: (content) => (content.trim() ? `\n\n_${content.trim()}_\n\n` : ""),
  });
  service.addRule("cite", {
    filter: "cite",
    replacement: (content) => (content.trim() ? `\n\n— ${content.trim()}\n\n` : ""),
  });
  service.addRule("embedded", {
    filter: ["iframe", "video", "audio", "embed", "object"],
    replacement: (_content, node) => {
      const el = node as HTMLElement;
      const src =
        el.getAttribute("src") ?? el.querySelector("source")?.getAttribute("src") ?? el.getAttribute("data") ?? "";
      notes.add(`<${el.nodeName.toLowerCase()}> replaced by a link to its source`);
      return src ? `\n\n[${src}](${src})\n\n` : "";
    },
  });
  return service;
}

const MEDIA =
  /<img\s[^>]*?src\s*=\s*["']([^"']+)["']|<a\s[^>]*?href\s*=\s*["']([^"']+\/wp-content\/uploads\/[^"']+)["']/gi;

/** Addresses of the images and uploaded files a body points to. */
export function mediaIn(html: string): string[] {
  const media = new Set<string>();
  for (const m of html.matchAll(MEDIA)) media.add(decodeEntities(m[1] ?? m[2]));
  return Array.from(media);
}

export function convertPost(html: string): Converted {
  const notes = new Set<string>();
  const hadScript = /<script[\s>]/i.test(html);
  const media = mediaIn(html);

  const isBlocks = /<!--\s+wp:/.test(html);
  let source = stripBlockComments(html, notes);
  if (/<!--nextpage-->/.test(source)) notes.add("<!--nextpage--> page breaks became horizontal rules");
  source = source.replace(/<!--nextpage-->/g, "<hr>").replace(/<!--noteaser-->/g, "");
  if (!isBlocks) source = autoParagraphs(source);
  source = replaceShortcodes(source, notes);
  if (hadScript) notes.add("<script> removed");

  const more = /<!--more(?:\s[^>]*)?-->/i.exec(source);
  const service = createService(notes);
  const intro = more ? source.slice(0, more.index) : "";
  const whole = more ? `${intro}${source.slice(more.index + more[0].length)}` : source;
  const markdown = service
    .turndown(whole)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { markdown, teaser: intro ? oneLine(intro, 1000) : "", media, notes: Array.from(notes) };
}
