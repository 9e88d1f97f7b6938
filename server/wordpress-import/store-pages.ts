// One WordPress page → one static page at /<slug>, with its old addresses. Compared with what
// a previous import stored, as posts are: unchanged pages write nothing, changed ones are
// updated (the replaced version kept as a revision, a changed slug kept as a redirect).
import { eq } from "drizzle-orm";
import { pageRevisions, pages, pageSlugRedirects, type PageStatus } from "@/db/schema";
import { EXCERPT_MAX_LENGTH } from "@/lib/article-schema";
import { normalizeLegacyPath, legacyPathOf } from "@/lib/legacy-path";
import { isReservedPageSlug } from "@/lib/page-schema";
import { withSuffix } from "@/lib/slug";
import { type Context, type Tx, wpDate } from "./context";
import { convertPost } from "./convert";
import { oneLine } from "./html-text";
import { featuredImageOf, localImage, withLocalImages } from "./media";
import { addMedia, count, note, problem } from "./report";
import { saveRedirects } from "./store-redirects";
import { statusOf } from "./store-posts";
import { siteSlug } from "./store-terms";
import type { WxrItem } from "./types";

/** A slug no route owns and no other page has (this page's own from an earlier import is free). */
async function freePageSlug(tx: Tx, base: string, wpId: number): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = withSuffix(base, n);
    if (isReservedPageSlug(candidate)) continue;
    const [taken] = await tx.select({ wpId: pages.wpId }).from(pages).where(eq(pages.slug, candidate));
    if (!taken || taken.wpId === wpId) return candidate;
  }
}

/** The page's permalink, "/?page_id=<id>" and its old slugs (`_wp_old_slug`) → /<slug>. */
async function recordPageRedirects(tx: Tx, ctx: Context, item: WxrItem, slug: string): Promise<void> {
  const target = `/${slug}`;
  const pairs = new Map<string, string>();
  const permalink = item.link ? legacyPathOf(item.link) : null;
  if (permalink && !permalink.startsWith("/?")) pairs.set(permalink, target);
  pairs.set(`/?page_id=${item.id}`, target);
  for (const meta of item.meta) {
    if (meta.key === "_wp_old_slug" && meta.value.trim())
      pairs.set(normalizeLegacyPath(`/${meta.value.trim()}`)!, target);
  }
  await saveRedirects(tx, ctx, pairs);
}

export async function importPage(tx: Tx, ctx: Context, item: WxrItem): Promise<void> {
  const ref = `page ${item.id}`;
  // The site's pages have no comments: whatever the page had stays behind, said so.
  if (item.comments.length > 0)
    problem(
      ctx.report,
      "comments",
      `comments of ${ref}`,
      "skipped",
      "pages have no comments on the site",
      item.comments.length,
    );
  const mapped = statusOf(item);
  if ("skip" in mapped) {
    problem(ctx.report, "pages", `${ref} "${oneLine(item.title, 80)}"`, "skipped", mapped.skip);
    return;
  }
  // Pages are published or drafts: a scheduled WordPress page waits as a draft.
  const status: PageStatus = mapped.status === "published" ? "published" : "draft";
  if (item.status === "private")
    note(ctx.report, ref, "private in WordPress: imported as a draft (the site has no private pages)");
  else if (item.status === "future") note(ctx.report, ref, "scheduled in WordPress: imported as a draft");
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
  let modified: Date | null = null;
  try {
    modified = wpDate(item.modifiedGmt, "", timeZone);
  } catch {
    // A broken "modified" date costs nothing: the publication date stands in.
  }
  const [existing] = await tx.select().from(pages).where(eq(pages.wpId, item.id));
  const values = {
    title: oneLine(item.title, 300) || `(ohne Titel ${item.id})`,
    excerpt: (oneLine(item.excerpt, EXCERPT_MAX_LENGTH) || converted.teaser).slice(0, EXCERPT_MAX_LENGTH),
    body: withLocalImages(ctx, converted.markdown, converted.media),
    coverImage,
    status,
    // As the page editor keeps it: a draft has no publication date; a dateless page keeps the one it got.
    publishedAt: status === "draft" ? null : (date ?? existing?.publishedAt ?? new Date()),
  };
  const updatedAt = modified ?? values.publishedAt ?? new Date();
  const wantedSlug = siteSlug(item.name, item.title) || `seite-${item.id}`;

  let slug: string;
  if (!existing) {
    slug = await freePageSlug(tx, wantedSlug, item.id);
    if (slug !== wantedSlug)
      note(
        ctx.report,
        ref,
        `slug "${wantedSlug}" ${isReservedPageSlug(wantedSlug) ? "belongs to the site" : "was taken"}: imported as "${slug}"`,
      );
    await tx
      .insert(pages)
      .values({ ...values, slug, wpId: item.id, updatedAt, createdAt: values.publishedAt ?? updatedAt });
    await tx.delete(pageSlugRedirects).where(eq(pageSlugRedirects.oldSlug, slug));
    count(ctx.report, "pages", "imported");
  } else {
    slug =
      existing.slug === wantedSlug || existing.slug.startsWith(`${wantedSlug}-`)
        ? existing.slug
        : await freePageSlug(tx, wantedSlug, item.id);
    const same =
      slug === existing.slug &&
      (Object.keys(values) as (keyof typeof values)[]).every((k) =>
        values[k] instanceof Date
          ? values[k].getTime() === (existing[k] as Date | null)?.getTime()
          : values[k] === existing[k],
      );
    if (same) count(ctx.report, "pages", "unchanged");
    else {
      // The replaced version stays restorable, as a save in the page editor keeps it.
      await tx.insert(pageRevisions).values({
        pageId: existing.id,
        title: existing.title,
        slug: existing.slug,
        excerpt: existing.excerpt,
        body: existing.body,
        coverImage: existing.coverImage,
        savedBy: existing.updatedBy,
        savedAt: existing.updatedAt,
      });
      await tx
        .update(pages)
        .set({ ...values, slug, updatedAt, updatedBy: null })
        .where(eq(pages.id, existing.id));
      if (slug !== existing.slug) {
        await tx.delete(pageSlugRedirects).where(eq(pageSlugRedirects.oldSlug, slug));
        await tx
          .insert(pageSlugRedirects)
          .values({ oldSlug: existing.slug, pageId: existing.id })
          .onConflictDoUpdate({ target: pageSlugRedirects.oldSlug, set: { pageId: existing.id } });
      }
      count(ctx.report, "pages", "updated");
    }
  }
  await recordPageRedirects(tx, ctx, item, slug);
}
