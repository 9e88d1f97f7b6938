import fs from "node:fs";
import type postgres from "postgres";
import type { APIResponse, BrowserContext } from "@playwright/test";
import type { Role, TestUser } from "../../tests/data";

export const CALLERS = [
  "anonymous",
  "reader",
  "otherReader",
  "articleAuthor",
  "otherAuthor",
  "admin",
  "banned",
] as const;
export type Caller = (typeof CALLERS)[number];
export const ROLE_OF: Record<Exclude<Caller, "anonymous">, Role> = {
  reader: "reader",
  otherReader: "reader",
  articleAuthor: "author",
  otherAuthor: "author",
  admin: "admin",
  banned: "reader",
};

export const SIGNED_IN: Caller[] = ["reader", "otherReader", "articleAuthor", "otherAuthor", "admin"];
export const AUTHORS: Caller[] = ["articleAuthor", "otherAuthor", "admin"];
export const OWNER_OR_ADMIN: Caller[] = ["articleAuthor", "admin"];
export const ADMIN: Caller[] = ["admin"];
export const ALL_BUT_BANNED: Caller[] = CALLERS.filter((c) => c !== "banned");

export type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
export type Session = { user: TestUser | null; state: StorageState };
export type FilePart = { name: string; mimeType: string; buffer: Buffer };

/** One request as the caller sends it, and how to tell that it did its work. */
export type Replay = {
  url: string;
  multipart?: Record<string, string | FilePart>;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
  succeeded: (response: APIResponse) => Promise<boolean>;
};

export type Prepare = {
  sql: postgres.Sql;
  caller: Caller;
  /** The caller's user (null for anonymous); a fresh one per cell for entries marked `fresh`. */
  user: TestUser | null;
  users: Record<Exclude<Caller, "anonymous">, TestUser>;
  /** The fields of the form matching `selector` on `path`, rendered without JavaScript for `as`, with `fill` applied. */
  form: (
    as: "anonymous" | "reader" | "admin",
    path: string,
    selector: string,
    fill?: Record<string, string>,
  ) => Promise<Record<string, string>>;
};

export type Entry = {
  /** "<module path without extension>#<export>", as the discovery test finds it. */
  name: string;
  kind: "action" | "route";
  allowed: Caller[];
  /** Open to everyone by design (sign-in, sign-up): why. Such entries still check the banned caller. */
  public?: string;
  /** Not replayed here, with the reason. */
  untested?: string;
  /** Each cell runs with freshly created and signed-in users: the action ends the caller's session or account. */
  fresh?: boolean;
  prepare?: (p: Prepare) => Promise<Replay>;
};

let counter = 0;
export const unique = () => `${Date.now().toString(36)}${(++counter).toString(36)}`;

export const one = async <T>(rows: PromiseLike<readonly T[]>) => (await rows)[0];
// The smallest complete WordPress export: one post, imported as a dry run.
export const MINIMAL_WXR = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Matrix</title><link>https://matrix.example.com</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://matrix.example.com</wp:base_site_url><wp:base_blog_url>https://matrix.example.com</wp:base_blog_url>
<item><title>Matrix</title><link>https://matrix.example.com/matrix/</link><dc:creator>admin</dc:creator>
<content:encoded><![CDATA[<p>Text</p>]]></content:encoded><wp:post_id>1</wp:post_id><wp:post_date>2025-01-01 10:00:00</wp:post_date>
<wp:post_date_gmt>2025-01-01 09:00:00</wp:post_date_gmt><wp:post_name>matrix</wp:post_name><wp:status>publish</wp:status>
<wp:post_type>post</wp:post_type></item></channel></rss>`;

export const exists = async (rows: PromiseLike<readonly unknown[]>) => (await rows).length > 0;
export const hasSessionCookie = (response: APIResponse) =>
  response
    .headersArray()
    .some((h) => h.name.toLowerCase() === "set-cookie" && /authjs\.session-token=[^;]/.test(h.value));

/** The id Next gave a server action in this build (for an action no page renders as a form of its own). */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, v]) => v.filename === filename && v.exportedName === exportedName,
  );
  if (!found) throw new Error(`${filename}#${exportedName} is not in the build's server-reference manifest`);
  return found[0];
}
