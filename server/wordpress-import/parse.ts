// Streaming WXR reader: SAX events → one entry (author, term, item with its comments) at a
// time, so memory stays flat however large the export. Not marked server-only: the CLI
// (scripts/import-wordpress.ts) runs it outside Next.
import fs from "node:fs";
import { SaxesParser } from "saxes";
import { AppError, isAppError } from "../../lib/app-error";
import type { WxrAuthor, WxrComment, WxrEntry, WxrItem, WxrMeta, WxrTerm } from "./types";

/** Why a file is not a complete, well-formed WXR export: nothing may be imported from it. */
export const WXR_REFUSALS = {
  not_xml: "wordpressImport.notXml",
  not_wxr: "wordpressImport.notWxr",
  truncated: "wordpressImport.truncated",
} as const;

const refused = (reason: keyof typeof WXR_REFUSALS, detail: string) =>
  new AppError("invalid", WXR_REFUSALS[reason], detail);

/** A refusal of the file as a whole (thrown before anything is written). */
export function isWxrRefusal(error: unknown): error is AppError {
  return isAppError(error) && (Object.values(WXR_REFUSALS) as string[]).includes(error.publicKey);
}

type Node = { name: string; attrs: Record<string, string>; text: string; children: Node[] };

// Elements of <channel> that become entries; everything else there is header or ignored.
const ENTRY_ELEMENTS = new Set(["item", "wp:author", "wp:category", "wp:tag", "wp:term"]);
const WXR_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/1\.[0-9]+\/?$/;

const child = (node: Node, name: string) => node.children.find((c) => c.name === name);
const text = (node: Node, name: string) => child(node, name)?.text.trim() ?? "";
// Bodies keep their whitespace: it matters for classic (non-block) posts.
const raw = (node: Node, name: string) => child(node, name)?.text ?? "";
const int = (node: Node, name: string) => {
  const n = Number.parseInt(text(node, name), 10);
  return Number.isFinite(n) ? n : 0;
};

function toComment(node: Node): WxrComment {
  return {
    id: int(node, "wp:comment_id"),
    author: text(node, "wp:comment_author"),
    email: text(node, "wp:comment_author_email"),
    url: text(node, "wp:comment_author_url"),
    date: text(node, "wp:comment_date"),
    dateGmt: text(node, "wp:comment_date_gmt"),
    content: raw(node, "wp:comment_content"),
    approved: text(node, "wp:comment_approved"),
    type: text(node, "wp:comment_type"),
    parent: int(node, "wp:comment_parent"),
    userId: int(node, "wp:comment_user_id"),
  };
}

// WXR 1.0 wrote each term twice (once without a nicename) and called tags "tag".
function itemTerms(node: Node): WxrItem["terms"] {
  const terms = new Map<string, WxrItem["terms"][number]>();
  for (const c of node.children) {
    if (c.name !== "category") continue;
    const domain = c.attrs.domain === "tag" ? "post_tag" : (c.attrs.domain ?? "category");
    const name = c.text.trim();
    const key = `${domain}\u0000${name}`;
    if (!terms.has(key) || c.attrs.nicename) terms.set(key, { domain, slug: c.attrs.nicename ?? "", name });
  }
  return Array.from(terms.values());
}

function toItem(node: Node): WxrItem {
  return {
    kind: "item",
    title: text(node, "title"),
    link: text(node, "link"),
    creator: text(node, "dc:creator"),
    content: raw(node, "content:encoded"),
    excerpt: raw(node, "excerpt:encoded"),
    id: int(node, "wp:post_id"),
    date: text(node, "wp:post_date"),
    dateGmt: text(node, "wp:post_date_gmt"),
    modifiedGmt: text(node, "wp:post_modified_gmt"),
    commentStatus: text(node, "wp:comment_status"),
    name: text(node, "wp:post_name"),
    status: text(node, "wp:status"),
    type: text(node, "wp:post_type") || "post",
    sticky: text(node, "wp:is_sticky") === "1",
    attachmentUrl: text(node, "wp:attachment_url"),
    terms: itemTerms(node),
    meta: node.children
      .filter((c) => c.name === "wp:postmeta")
      .map((m) => ({ key: text(m, "wp:meta_key"), value: raw(m, "wp:meta_value") })),
    comments: node.children.filter((c) => c.name === "wp:comment").map(toComment),
  };
}

function toEntry(node: Node): WxrEntry | null {
  switch (node.name) {
    case "item":
      return toItem(node);
    case "wp:author":
      return {
        kind: "author",
        id: int(node, "wp:author_id") || null,
        login: text(node, "wp:author_login"),
        email: text(node, "wp:author_email"),
        displayName: text(node, "wp:author_display_name"),
      } satisfies WxrAuthor;
    case "wp:category":
      return {
        kind: "category",
        id: int(node, "wp:term_id") || null,
        slug: text(node, "wp:category_nicename"),
        name: text(node, "wp:cat_name"),
        parent: text(node, "wp:category_parent"),
        description: text(node, "wp:category_description"),
      } satisfies WxrTerm;
    case "wp:tag":
      return {
        kind: "tag",
        id: int(node, "wp:term_id") || null,
        slug: text(node, "wp:tag_slug"),
        name: text(node, "wp:tag_name"),
        parent: "",
        description: text(node, "wp:tag_description"),
      } satisfies WxrTerm;
    case "wp:term": {
      // Generic terms (WXR 1.2): only the two taxonomies the site has.
      const taxonomy = text(node, "wp:term_taxonomy");
      if (taxonomy !== "category" && taxonomy !== "post_tag") return null;
      return {
        kind: taxonomy === "category" ? "category" : "tag",
        id: int(node, "wp:term_id") || null,
        slug: text(node, "wp:term_slug"),
        name: text(node, "wp:term_name"),
        parent: text(node, "wp:term_parent"),
        description: text(node, "wp:term_description"),
      } satisfies WxrTerm;
    }
    default:
      return null;
  }
}

/**
 * Reads a WXR file entry by entry: first one `meta`, then authors, terms and items in file
 * order. Throws a refusal (isWxrRefusal) when the file is not XML, not WXR, or ends early; callers
 * that must not write half a file read it through once (`validateWxr`) before importing.
 */
export async function* readWxr(file: string): AsyncGenerator<WxrEntry> {
  const parser = new SaxesParser({ position: true });
  const queue: WxrEntry[] = [];
  const path: string[] = [];
  const meta: WxrMeta = { kind: "meta", wxrVersion: "", siteUrl: "", blogUrl: "", title: "" };
  let metaSent = false;
  let sawChannel = false;
  let stack: Node[] = [];

  const sendMeta = () => {
    if (metaSent) return;
    metaSent = true;
    queue.push(meta);
  };

  parser.on("opentag", (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (path.length === 0) {
      if (tag.name !== "rss" || !Object.values(attrs).some((v) => WXR_NAMESPACE.test(v))) {
        throw refused("not_wxr", `root element <${tag.name}> without the WordPress export namespace`);
      }
    }
    if (path.length === 1 && tag.name === "channel") sawChannel = true;
    path.push(tag.name);
    if (stack.length > 0 || (path.length === 3 && path[1] === "channel" && ENTRY_ELEMENTS.has(tag.name))) {
      const node: Node = { name: tag.name, attrs, text: "", children: [] };
      stack[stack.length - 1]?.children.push(node);
      stack.push(node);
    }
  });
  const onText = (t: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
    else if (path.length === 3 && path[1] === "channel") {
      const name = path[2];
      if (name === "wp:wxr_version") meta.wxrVersion += t.trim();
      else if (name === "wp:base_site_url") meta.siteUrl += t.trim();
      else if (name === "wp:base_blog_url") meta.blogUrl += t.trim();
      else if (name === "title") meta.title += t.trim();
    }
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => {
    path.pop();
    if (stack.length === 0) return;
    const node = stack.pop()!;
    if (stack.length === 0) {
      sendMeta();
      const entry = toEntry(node);
      if (entry) queue.push(entry);
      stack = [];
    }
  });

  try {
    for await (const chunk of fs.createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 })) {
      parser.write(chunk as string);
      while (queue.length > 0) yield queue.shift()!;
    }
    parser.close();
  } catch (error) {
    if (isWxrRefusal(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // saxes reports a file that stops mid-way as unclosed tags at close().
    if (/unclosed tag|unexpected end/i.test(message)) throw refused("truncated", message);
    throw refused("not_xml", message);
  }
  if (!sawChannel) throw refused("not_wxr", "no <channel> element");
  if (path.length > 0) throw refused("truncated", `unclosed <${path[path.length - 1]}>`);
  sendMeta();
  while (queue.length > 0) yield queue.shift()!;
}

export type WxrSummary = {
  wxrVersion: string;
  siteUrl: string;
  items: number;
  comments: number;
  authors: number;
  terms: number;
  /** Attachment id → file address: a post's featured image may be listed after the post. */
  attachments: Map<number, string>;
};

/** Reads the whole file once without keeping it: proves it complete and counts it. */
export async function validateWxr(file: string): Promise<WxrSummary> {
  const summary: WxrSummary = {
    wxrVersion: "",
    siteUrl: "",
    items: 0,
    comments: 0,
    authors: 0,
    terms: 0,
    attachments: new Map(),
  };
  for await (const entry of readWxr(file)) {
    if (entry.kind === "meta")
      Object.assign(summary, { wxrVersion: entry.wxrVersion, siteUrl: entry.siteUrl || entry.blogUrl });
    else if (entry.kind === "item") {
      summary.items++;
      summary.comments += entry.comments.length;
      if (entry.type === "attachment" && entry.attachmentUrl) summary.attachments.set(entry.id, entry.attachmentUrl);
    } else if (entry.kind === "author") summary.authors++;
    else summary.terms++;
  }
  return summary;
}
