// Authors, categories and tags: matched to what the site has (authors by email, terms by
// slug or their WordPress id), created when missing, never renamed on the site's side.
import { and, eq, isNull, sql } from "drizzle-orm";
import { categories, tags, taxonomySlugRedirects, users } from "@/db/schema";
import { SLUG_PATTERN, slugify, withSuffix } from "@/lib/slug";
import { type Context, remember, type Tx } from "./context";
import { normalizeLegacyPath } from "@/lib/legacy-path";
import { decodeEntities } from "./html-text";
import { saveRedirects } from "./store-redirects";
import { count, note } from "./report";
import type { WxrAuthor, WxrTerm } from "./types";

/** A WordPress slug (nicename) as a site slug: percent-decoded, transliterated when needed. */
export function siteSlug(wpSlug: string, fallback: string): string {
  let decoded = wpSlug;
  try {
    decoded = decodeURIComponent(wpSlug);
  } catch {
    // keep it as written
  }
  return SLUG_PATTERN.test(decoded) ? decoded : slugify(decoded) || slugify(fallback);
}

async function freeUserSlug(tx: Tx, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = withSuffix(base, n);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.slug, candidate));
    if (!taken) return candidate;
  }
}

export async function importAuthor(tx: Tx, ctx: Context, author: WxrAuthor): Promise<void> {
  const email = author.email.trim().toLowerCase() || null;
  const ref = `author ${author.login}`;
  let [row] = author.id ? await tx.select({ id: users.id }).from(users).where(eq(users.wpId, author.id)) : [];
  if (row) {
    count(ctx.report, "authors", "unchanged");
  } else if (
    email &&
    ([row] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email))).length > 0
  ) {
    // An existing account with the author's address: theirs from now on, not a copy.
    await tx
      .update(users)
      .set({
        wpId: author.id,
        role: sql`case when ${users.role} = 'reader' then 'author'::role else ${users.role} end`,
      })
      .where(and(eq(users.id, row.id), isNull(users.wpId)));
    count(ctx.report, "authors", "updated");
    note(ctx.report, ref, `matched to the existing account ${email}`);
  } else {
    const name = decodeEntities(author.displayName || author.login);
    // No password: the author signs in by email link or sets one via "Passwort vergessen".
    [row] = await tx
      .insert(users)
      .values({
        name,
        email,
        role: "author",
        passwordHash: null,
        // The site owner's export vouches for the address; signing in needs a mailed link anyway.
        emailVerified: email ? new Date() : null,
        wpId: author.id,
        slug: await freeUserSlug(tx, slugify(author.login) || slugify(name) || "autor"),
      })
      .returning({ id: users.id });
    count(ctx.report, "authors", "imported");
  }
  remember(ctx, ctx.usersByLogin, author.login, row.id);
  if (author.id) remember(ctx, ctx.usersByWpId, author.id, row.id);
}

/** The author of a post whose login the export did not list: an account of that name. */
export async function authorForLogin(tx: Tx, ctx: Context, login: string): Promise<string> {
  const known = ctx.usersByLogin.get(login);
  if (known) return known;
  await importAuthor(tx, ctx, {
    kind: "author",
    id: null,
    login: login || "wordpress",
    email: "",
    displayName: login || "WordPress",
  });
  return ctx.usersByLogin.get(login || "wordpress")!;
}

type TermTable = typeof categories | typeof tags;

async function upsertTerm(
  tx: Tx,
  ctx: Context,
  kind: "category" | "tag",
  term: { id: number | null; slug: string; name: string; description?: string; parentId?: number | null },
) {
  const table: TermTable = kind === "category" ? categories : tags;
  const reportKind = kind === "category" ? "categories" : "tags";
  const slug = siteSlug(term.slug, term.name) || `${kind}-${term.id ?? Date.now()}`;
  const name = decodeEntities(term.name) || slug;
  const [byId] = term.id
    ? await tx.select({ id: table.id, slug: table.slug }).from(table).where(eq(table.wpId, term.id))
    : [];
  const [bySlug] = byId
    ? [byId]
    : await tx.select({ id: table.id, slug: table.slug }).from(table).where(eq(table.slug, slug));
  const first = !ctx.countedTerms.has(`${kind}:${term.slug}`);
  ctx.countedTerms.add(`${kind}:${term.slug}`);
  let row = bySlug;
  if (row) {
    let changed = false;
    if (term.id)
      changed ||=
        (
          await tx
            .update(table)
            .set({ wpId: term.id })
            .where(and(eq(table.id, row.id), isNull(table.wpId)))
            .returning({ id: table.id })
        ).length > 0;
    if (kind === "category" && (term.description || term.parentId)) {
      // Fill in what the site lacks; never overwrite what an editor wrote.
      const set = {
        description: sql`coalesce(nullif(${categories.description}, ''), ${term.description || null})`,
        parentId: sql`coalesce(${categories.parentId}, ${term.parentId ?? null}::int)`,
      };
      const updated = await tx
        .update(categories)
        .set(set)
        .where(
          and(
            eq(categories.id, row.id),
            sql`(${categories.description}, ${categories.parentId}) is distinct from (coalesce(nullif(${categories.description}, ''), ${term.description || null}), coalesce(${categories.parentId}, ${term.parentId ?? null}::int))`,
          ),
        )
        .returning({ id: categories.id });
      changed ||= updated.length > 0;
    }
    if (first) count(ctx.report, reportKind, changed ? "updated" : "unchanged");
  } else {
    const values =
      kind === "category"
        ? { slug, name, wpId: term.id, description: term.description || null, parentId: term.parentId ?? null }
        : { slug, name, wpId: term.id };
    [row] = await tx.insert(table).values(values).returning({ id: table.id, slug: table.slug });
    if (first) count(ctx.report, reportKind, "imported");
  }
  await keepOldSlug(tx, kind, term.slug, row);
  remember(ctx, kind === "category" ? ctx.categories : ctx.tags, term.slug, row);
  return row;
}

/**
 * /category/<wp-slug> and /tag/<wp-slug> are routes of the site, so a WordPress slug that
 * became a different one here (umlauts, percent-encoding) goes where those pages look for
 * renamed slugs, in both spellings a request may bring.
 */
async function keepOldSlug(
  tx: Tx,
  kind: "category" | "tag",
  wpSlug: string,
  row: { id: number; slug: string },
): Promise<void> {
  if (!wpSlug) return;
  const spellings = new Set([wpSlug.toLowerCase(), normalizeLegacyPath(`/${wpSlug}`)!.slice(1)]);
  spellings.delete(row.slug);
  if (spellings.size === 0) return;
  await tx
    .insert(taxonomySlugRedirects)
    .values(Array.from(spellings, (oldSlug) => ({ kind, oldSlug, targetId: row.id })))
    .onConflictDoNothing();
}

export async function importTermDefinition(tx: Tx, ctx: Context, term: WxrTerm): Promise<void> {
  const parentId = term.kind === "category" && term.parent ? (ctx.categories.get(term.parent)?.id ?? null) : null;
  const row = await upsertTerm(tx, ctx, term.kind, {
    id: term.id,
    slug: term.slug,
    name: term.name,
    description: decodeEntities(term.description),
    parentId,
  });
  // WordPress addresses a child category by its whole path: /category/eltern/kind/.
  const wpPath =
    term.kind === "category" && term.parent
      ? `${ctx.categoryPaths.get(term.parent) ?? term.parent}/${term.slug}`
      : term.slug;
  if (term.kind === "category") remember(ctx, ctx.categoryPaths, term.slug, wpPath);
  const base = term.kind === "category" ? "/category" : "/tag";
  await saveRedirects(tx, ctx, new Map([[normalizeLegacyPath(`${base}/${wpPath}`)!, `${base}/${row.slug}`]]));
}

/** The local id of a term a post names (defined earlier in the file, or created now). */
export async function termId(
  tx: Tx,
  ctx: Context,
  kind: "category" | "tag",
  wpSlug: string,
  name: string,
): Promise<number> {
  // Old exports name some terms without a nicename: WordPress would have made it from the name.
  const slug = wpSlug || slugify(decodeEntities(name));
  const known = (kind === "category" ? ctx.categories : ctx.tags).get(slug);
  if (known) return known.id;
  const row = await upsertTerm(tx, ctx, kind, { id: null, slug, name });
  const base = kind === "category" ? "/category" : "/tag";
  await saveRedirects(tx, ctx, new Map([[normalizeLegacyPath(`${base}/${slug}`)!, `${base}/${row.slug}`]]));
  return row.id;
}
