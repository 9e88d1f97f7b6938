// The one test-data module: users, articles and comments for the integration tests (vitest)
// and the browser tests (Playwright) alike. Plain postgres.js on the connection each runner
// hands over (tests/setup-env.ts, e2e/fixtures.ts), so nothing here needs Next or the app's
// server code. Every row gets unique slugs and emails, so tests never collide.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import sharp from "sharp";
import { hash } from "@node-rs/argon2";
import type postgres from "postgres";
import type { Article, Comment, MediaImage, Page, Role, User } from "../db/schema";
import type { ArticleSaveInput } from "../lib/article-schema";
import { AppError, isAppError } from "../lib/app-error";
import { ARGON2_OPTIONS } from "../lib/password-policy";

export type { Role };

let connection: postgres.Sql | null = null;

/** Called once per test process (vitest) or worker (Playwright) with its database connection. */
export function connectTestData(sql: postgres.Sql): void {
  connection = sql;
}

function db(): postgres.Sql {
  if (!connection) throw new Error("tests/data.ts: connectTestData() was not called");
  return connection;
}

let counter = 0;
export const unique = () => `${process.pid.toString(36)}${Date.now().toString(36)}${(++counter).toString(36)}`;
export const uniqueEmail = (label: string) => `${label}-${unique()}@example.test`;
export const key = () => randomUUID();

/** The password of every test user unless a test sets its own. */
export const TEST_PASSWORD = "richtig-langes-passwort";
// Argon2 is slow on purpose: each distinct password is hashed once per process.
const hashes = new Map<string, Promise<string>>();
const hashOf = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hash(password, ARGON2_OPTIONS));
  return hashes.get(password)!;
};

const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
// Timestamps come back as text on the app's client (Drizzle takes over its date parsing).
const isTimestamp = (name: string) => name.endsWith("_at") || name === "email_verified";
const fromRow = <T>(row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [camel(k), isTimestamp(k) && typeof v === "string" ? new Date(v) : v]),
  ) as T;
// Dates as ISO text: a dynamic insert's parameters are typed by the server, not serialised as dates.
const toRow = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values).flatMap(([k, v]) =>
      v === undefined ? [] : [[snake(k), v instanceof Date ? v.toISOString() : v]],
    ),
  );

/** As server/accounts/session.ts hands the caller to the domain functions. */
export type CurrentUserLike = {
  id: string;
  name: string | null;
  email: string | null;
  role: Role;
  banned: boolean;
  hasPassword: boolean;
};
export type TestUser = User & {
  name: string;
  email: string;
  password: string;
  banned: boolean;
  current: CurrentUserLike;
};

export type UserOptions = Partial<Omit<User, "id" | "role" | "passwordHash">> & {
  /** null: an account without a password (sign-in by email link only). */
  password?: string | null;
  banned?: boolean;
};

export async function createUser(role: Role = "reader", options: UserOptions = {}): Promise<TestUser> {
  const { password: wanted, banned, ...columns } = options;
  const id = unique();
  const password = wanted === undefined ? TEST_PASSWORD : wanted;
  const values = toRow({
    id: randomUUID(),
    name: `Test ${role} ${id}`,
    email: uniqueEmail(role),
    slug: `test-${role}-${id}`,
    role,
    passwordHash: password ? await hashOf(password) : null,
    // Confirmed unless a test says otherwise (emailVerified: null): an unconfirmed account's first comment is kept.
    emailVerified: new Date(),
    bannedAt: banned ? new Date() : null,
    banReason: banned ? "Testsperre" : null,
    ...columns,
  });
  const [row] = await db()`insert into users ${db()(values)} returning *`;
  const user = fromRow<User & { name: string; email: string }>(row);
  const current = {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    banned: user.bannedAt !== null,
    hasPassword: Boolean(password),
  };
  return { ...user, password: password ?? "", banned: current.banned, current };
}

/** A category of its own; its id. */
export async function createCategory(): Promise<number> {
  const id = unique();
  const [category] = await db()`insert into categories (slug, name) values (${`kategorie-${id}`}, ${`Kategorie ${id}`})
    returning id`;
  return category.id as number;
}

/** What the editor submits for a new published article in a category of its own. */
export async function editorInput(extra: Partial<ArticleSaveInput> = {}): Promise<ArticleSaveInput> {
  return {
    title: `Titel ${unique()}`,
    slug: "",
    excerpt: "Kurz.",
    body: "Text.",
    categoryId: await createCategory(),
    tags: [],
    coverImage: "",
    commentsOpen: true,
    status: "published",
    scheduledFor: null,
    ...extra,
  };
}

/** A published article (an hour old) in a category of its own. */
export async function createArticle(authorId: string, extra: Partial<Article> = {}): Promise<Article> {
  const id = unique();
  const values = toRow({
    slug: `artikel-${id}`,
    title: `Testartikel ${id}`,
    excerpt: "Ein Testartikel.",
    body: "Text des Testartikels.",
    status: "published",
    publishedAt: new Date(Date.now() - 3_600_000),
    authorId,
    categoryId: await createCategory(),
    ...extra,
  });
  const [row] = await db()`insert into articles ${db()(values)} returning *`;
  return fromRow<Article>(row);
}

/** A static page (published unless given), as the pages editor stores it. */
export async function createPage(extra: Partial<Page> = {}): Promise<Page> {
  const id = unique();
  const values = toRow({
    slug: `seite-${id}`,
    title: `Testseite ${id}`,
    body: "Text der Testseite.",
    status: "published",
    publishedAt: new Date(Date.now() - 3_600_000),
    ...extra,
  });
  const [row] = await db()`insert into pages ${db()(values)} returning *`;
  return fromRow<Page>(row);
}

export type TestMediaImage = MediaImage & { url: string };

/**
 * An image in the media library, stored as an upload stores it (a row per width in `media`,
 * real WebP bytes so browsers show it), under a random content hash.
 */
export async function createMediaImage(
  uploadedBy: string | null,
  extra: Partial<MediaImage> = {},
): Promise<TestMediaImage> {
  const id = randomBytes(12).toString("hex");
  const data = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 40, g: 110, b: 90 } } })
    .webp()
    .toBuffer();
  for (const width of [480, 960, 1600])
    await db()`insert into media (name, content_type, data) values (${`${id}-${width}.webp`}, 'image/webp', ${data})`;
  const values = toRow({ id, uploadedBy, width: 64, height: 48, bytes: data.length, ...extra });
  const [row] = await db()`insert into media_images ${db()(values)} returning *`;
  return { ...fromRow<MediaImage>(row), url: `/media/${id}-1600.webp` };
}

export type CommentValues = Pick<Comment, "articleId" | "body"> & Partial<Comment>;

/** A comment stored directly (the table's default status unless given), not through postComment's rules. */
export async function createComment(values: CommentValues): Promise<Comment> {
  const row = toRow({ idempotencyKey: randomUUID(), ...values });
  const [stored] = await db()`insert into comments ${db()(row)} returning *`;
  return fromRow<Comment>(stored);
}

/** A like by a reader, stored directly (the trigger of db/migrations/0016 counts it on the comment). */
export async function createLike(commentId: number, userId: string): Promise<void> {
  await db()`insert into comment_likes (comment_id, user_id) values (${commentId}, ${userId})`;
}

export async function commentsOf(articleId: number): Promise<Comment[]> {
  const rows = await db()`select * from comments where article_id = ${articleId} order by id`;
  return rows.map((r) => fromRow<Comment>(r));
}

/** A rate-limit attempt (server/accounts/rate-limit.ts), e.g. an old one for the retention job. */
export async function createAuthAttempt(values: { kind: string; subject: string; createdAt?: Date }) {
  const [row] = await db()`insert into auth_attempts ${db()(toRow(values))} returning id`;
  return row.id as number;
}

/**
 * A mailed link to a guest's comments, as server/privacy/guest-data.ts stores it (a SHA-256 of
 * the token), for links whose age a test chooses. Returns the token.
 */
export async function createGuestDataLink(email: string, expiresAt: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const tokenHash = createHash("sha256").update(token).digest("hex");
  await db()`insert into guest_data_links ${db()(toRow({ tokenHash, email, expiresAt }))}`;
  return token;
}

/** The user's row as stored (undefined at run time once deleted, as a destructured query gives it). */
export async function getUserRow(id: string): Promise<User> {
  const [row] = await db()`select * from users where id = ${id}`;
  return (row ? fromRow<User>(row) : undefined) as User;
}

/** The AppError a call was expected to throw (any other outcome fails the test). */
export async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

/** Why a call was refused (the AppError's kind: "forbidden", "not_found", …), or "allowed". */
export async function denial(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (isAppError(e)) return e.kind;
    throw e;
  }
  return "allowed";
}

/** Why postComment (or a guest's post) refused: the `commentError.` key's reason, or "accepted". */
export async function commentRefusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (isAppError(e) && e.publicKey.startsWith("commentError.")) return e.publicKey.slice("commentError.".length);
    throw e;
  }
  return "accepted";
}

/** An author's published article and a new reader, the usual cast of a comment test. */
export async function createArticleWithReader() {
  const author = await createUser("author");
  const article = await createArticle(author.id);
  const reader = await createUser("reader");
  return { author, article, reader };
}

/** A reader with an approved comment from a day ago on the article, so only the rule under test applies. */
export async function createKnownReader(articleId: number): Promise<TestUser> {
  const reader = await createUser("reader");
  await createComment({
    articleId,
    authorId: reader.id,
    body: "Früherer Kommentar",
    status: "approved",
    createdAt: new Date(Date.now() - 86_400_000),
  });
  return reader;
}

/** A real image file of one colour (a profile photo, an upload): PNG unless asked otherwise. */
export async function createImageBytes(
  width: number,
  height: number,
  format: "png" | "jpeg" = "png",
  colour = { r: 200, g: 90, b: 40 },
): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: colour } });
  return (format === "png" ? image.png() : image.jpeg()).toBuffer();
}

export type ActivityRowLike = {
  id: number;
  actorId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  subjectLabel: string | null;
  commentId: number | null;
  note: string | null;
};

/** The newest activity log id now: a test reads what its own calls logged after it. */
export async function lastActivityId(): Promise<number> {
  const [row] = await db()`select coalesce(max(id), 0)::int as id from moderation_events`;
  return row.id as number;
}

/** Activity log rows written after `sinceId`, oldest first. */
export async function activitySince(sinceId: number): Promise<ActivityRowLike[]> {
  const rows = await db()`select id, actor_id, action, subject_type, subject_id, subject_label, comment_id, note
    from moderation_events where id > ${sinceId} order by id`;
  return rows.map((r) => fromRow<ActivityRowLike>(r));
}

/** An earlier version of an article or page, as a save over it would have kept it. */
export async function createRevision(
  owner: "article" | "page",
  ownerId: number,
  values: { title: string; body: string; savedBy?: string | null; savedAt?: Date },
): Promise<number> {
  const [current] =
    owner === "article"
      ? await db()`select slug, excerpt, category_id, comments_open from articles where id = ${ownerId}`
      : await db()`select slug, excerpt from pages where id = ${ownerId}`;
  const common = { title: values.title, body: values.body, slug: current.slug, excerpt: current.excerpt };
  const row = toRow(
    owner === "article"
      ? { ...common, articleId: ownerId, categoryId: current.category_id, commentsOpen: current.comments_open }
      : { ...common, pageId: ownerId },
  );
  if (values.savedBy !== undefined) row.saved_by = values.savedBy;
  if (values.savedAt) row.saved_at = values.savedAt.toISOString();
  const table = owner === "article" ? "article_revisions" : "page_revisions";
  const [stored] = await db()`insert into ${db()(table)} ${db()(row)} returning id`;
  return stored.id as number;
}

/** Activity log rows as the app's writers store them (for filter and paging tests of the log's page). */
export async function createActivity(
  entries: { actorId: string | null; action: string; subjectType: string; subjectId: string; subjectLabel?: string }[],
): Promise<void> {
  const rows = entries.map((e) => toRow({ ...e, subjectLabel: e.subjectLabel ?? null }));
  await db()`insert into moderation_events ${db()(rows)}`;
}
