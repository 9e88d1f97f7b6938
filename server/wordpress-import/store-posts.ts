// One WordPress post → one article with its tags, comments and old addresses. Compared with
// what a previous import stored: unchanged posts write nothing, changed ones are updated
// (the replaced version kept as a revision, a changed slug kept as a redirect).
import { eq, sql } from "drizzle-orm";
import { articleRevisions, articleSlugRedirects, articles, articleTags, type ArticleStatus, tags } from "@/db/schema";
import { EXCERPT_MAX_LENGTH } from "@/lib/article-schema";
import { withSuffix } from "@/lib/slug";
import { type Context, type Tx, wpDate } from "./context";
import { convertPost } from "./convert";
import { decodeEntities, oneLine } from "./html-text";
import { addMedia, count, note, problem } from "./report";
import { featuredImageOf, localImage, withLocalImages } from "./media";
import { importComments } from "./store-comments";
import { recordPostRedirects } from "./store-redirects";
import { authorForLogin, siteSlug, termId } from "./store-terms";
import type { WxrItem } from "./types";

/** Why a post is not imported as an article, or null when it is. */
export function statusOf(item: WxrItem): { status: ArticleStatus; note?: string } | { skip: string } {
  switch (item.status) {
    case "publish":
      return { status: "published" };
    case "future":
      return { status: "scheduled" };
    case "draft":
    case "pending":
      return { status: "draft" };
    case "private":
      return { status: "draft", note: "private in WordPress: imported as a draft (the site has no private articles)" };
    case "trash":
      return { skip: "in the WordPress trash" };
    case "auto-draft":
      return { skip: "an auto-draft WordPress never saved" };
    default:
      return { skip: `unknown status "${item.status}"` };
  }
}

async function freeArticleSlug(tx: Tx, base: string, wpId: number): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = withSuffix(base, n);
    const [taken] = await tx.select({ wpId: articles.wpId }).from(articles).where(eq(articles.slug, candidate));
    if (!taken || taken.wpId === wpId) return candidate;
  }
}

async function categoryFor(tx: Tx, ctx: Context, item: WxrItem): Promise<number> {
  const cats = item.terms.filter((t) => t.domain === "category");
  if (cats.length > 1)
    note(
      ctx.report,
      `post ${item.id}`,
      `${cats.length} categories in WordPress; the site has one per article: "${decodeEntities(cats[0].name)}" kept, the others added as tags`,
    );
  if (cats.length > 0) return termId(tx, ctx, "category", cats[0].slug, cats[0].name);
  // WordPress always has one ("Uncategorized"); an export without any still needs a home.
  return termId(tx, ctx, "category", "allgemein", "Allgemein");
}

async function tagIdsFor(tx: Tx, ctx: Context, item: WxrItem): Promise<number[]> {
  const ids = new Set<number>();
  const extraCategories = item.terms.filter((t) => t.domain === "category").slice(1);
  for (const term of [...item.terms.filter((t) => t.domain === "post_tag"), ...extraCategories]) {
    ids.add(await termId(tx, ctx, "tag", term.slug, term.name));
  }
  return Array.from(ids).sort((a, b) => a - b);
}

export async function importPost(tx: Tx, ctx: Context, item: WxrItem): Promise<void> {
  const ref = `post ${item.id}`;
  const mapped = statusOf(item);
  if ("skip" in mapped) {
    problem(ctx.report, "posts", `${ref} "${oneLine(item.title, 80)}"`, "skipped", mapped.skip);
    count(ctx.report, "comments", "skipped", item.comments.length);
    return;
  }
  if (mapped.note) note(ctx.report, ref, mapped.note);
  const converted = convertPost(item.content);
  for (const n of converted.notes) note(ctx.report, ref, n);
  addMedia(
    ctx.report,
    converted.media.filter((url) => !localImage(ctx, url)),
    ctx.seenMedia,
  );
  const featured = featuredImageOf(ctx, item);
  const coverImage = featured ? localImage(ctx, featured) : null;
  if (featured && !coverImage) addMedia(ctx.report, [featured], ctx.seenMedia);

  const timeZone = ctx.options.timeZone ?? "Europe/Berlin";
  const date = wpDate(item.dateGmt, item.date, timeZone);
  const title = oneLine(item.title, 300) || `(ohne Titel ${item.id})`;
  const excerpt = (oneLine(item.excerpt, EXCERPT_MAX_LENGTH) || converted.teaser).slice(0, EXCERPT_MAX_LENGTH);
  const values = {
    title,
    excerpt,
    body: withLocalImages(ctx, converted.markdown, converted.media),
    status: mapped.status,
    // A published or scheduled article needs its date; a draft keeps WordPress's if it has one.
    publishedAt: date ?? (mapped.status === "draft" ? null : new Date()),
    authorId: await authorForLogin(tx, ctx, item.creator),
    categoryId: await categoryFor(tx, ctx, item),
    commentsOpen: item.commentStatus !== "closed",
    sticky: item.sticky,
    coverImage,
  };
  const tagIds = await tagIdsFor(tx, ctx, item);
  let modified: Date | null = null;
  try {
    modified = wpDate(item.modifiedGmt, "", timeZone);
  } catch {
    // A broken "modified" date costs nothing: the publication date stands in.
  }
  const updatedAt = modified ?? values.publishedAt ?? new Date();
  const wantedSlug = siteSlug(item.name, item.title) || `beitrag-${item.id}`;

  const [existing] = await tx.select().from(articles).where(eq(articles.wpId, item.id));
  let articleId: number;
  let slug: string;
  if (!existing) {
    slug = await freeArticleSlug(tx, wantedSlug, item.id);
    if (slug !== wantedSlug) note(ctx.report, ref, `slug "${wantedSlug}" was taken: imported as "${slug}"`);
    const [row] = await tx
      .insert(articles)
      .values({ ...values, slug, wpId: item.id, updatedAt, createdAt: values.publishedAt ?? updatedAt })
      .returning({ id: articles.id });
    articleId = row.id;
    if (tagIds.length > 0) await tx.insert(articleTags).values(tagIds.map((tagId) => ({ articleId, tagId })));
    count(ctx.report, "posts", "imported");
  } else {
    articleId = existing.id;
    slug =
      existing.slug === wantedSlug || existing.slug.startsWith(`${wantedSlug}-`)
        ? existing.slug
        : await freeArticleSlug(tx, wantedSlug, item.id);
    const currentTags = (
      await tx.select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, articleId))
    )
      .map((r) => r.id)
      .sort((a, b) => a - b);
    const same =
      slug === existing.slug &&
      (Object.keys(values) as (keyof typeof values)[]).every((k) =>
        values[k] instanceof Date
          ? values[k].getTime() === (existing[k] as Date | null)?.getTime()
          : values[k] === existing[k],
      ) &&
      currentTags.join() === tagIds.join();
    if (same) count(ctx.report, "posts", "unchanged");
    else {
      await keepRevision(tx, existing);
      await tx
        .update(articles)
        .set({ ...values, slug, updatedAt })
        .where(eq(articles.id, articleId));
      if (slug !== existing.slug) {
        await tx
          .insert(articleSlugRedirects)
          .values({ oldSlug: existing.slug, articleId })
          .onConflictDoUpdate({ target: articleSlugRedirects.oldSlug, set: { articleId } });
      }
      if (currentTags.join() !== tagIds.join()) {
        await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
        if (tagIds.length > 0) await tx.insert(articleTags).values(tagIds.map((tagId) => ({ articleId, tagId })));
      }
      count(ctx.report, "posts", "updated");
    }
  }
  await importComments(tx, ctx, item, articleId, values.publishedAt);
  await recordPostRedirects(tx, ctx, item, slug);
}

/** The version an update replaces, like a save in the editor keeps it (restorable). */
async function keepRevision(tx: Tx, a: typeof articles.$inferSelect): Promise<void> {
  const tagNames = await tx
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, a.id));
  await tx.insert(articleRevisions).values({
    articleId: a.id,
    title: a.title,
    slug: a.slug,
    excerpt: a.excerpt,
    body: a.body,
    categoryId: a.categoryId,
    tags: tagNames.map((t) => t.name),
    coverImage: a.coverImage,
    commentsOpen: a.commentsOpen,
    savedBy: null,
    savedAt: sql`now()`,
  });
}
