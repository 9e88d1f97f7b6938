// What a WXR file (WordPress eXtended RSS, versions 1.0–1.2) holds, as the parser hands it on:
// plain strings as WordPress wrote them; meaning is given by convert.ts and store.ts.

export type WxrMeta = { kind: "meta"; wxrVersion: string; siteUrl: string; blogUrl: string; title: string };

export type WxrAuthor = { kind: "author"; id: number | null; login: string; email: string; displayName: string };

/** A term definition (full exports only): category with its parent's nicename, or tag. */
export type WxrTerm = {
  kind: "category" | "tag";
  id: number | null;
  slug: string;
  name: string;
  parent: string;
  description: string;
};

export type WxrComment = {
  id: number;
  author: string;
  email: string;
  url: string;
  date: string;
  dateGmt: string;
  content: string;
  approved: string;
  type: string;
  parent: number;
  userId: number;
};

export type WxrItem = {
  kind: "item";
  title: string;
  link: string;
  creator: string;
  content: string;
  excerpt: string;
  id: number;
  date: string;
  dateGmt: string;
  modifiedGmt: string;
  commentStatus: string;
  name: string;
  status: string;
  type: string;
  sticky: boolean;
  attachmentUrl: string;
  terms: { domain: string; slug: string; name: string }[];
  meta: { key: string; value: string }[];
  comments: WxrComment[];
};

export type WxrEntry = WxrMeta | WxrAuthor | WxrTerm | WxrItem;
