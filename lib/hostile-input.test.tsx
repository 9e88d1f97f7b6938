// Property-based tests: whatever a visitor types, validation never throws, the stored text
// is clean, and the rendered HTML contains no markup but our own.
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { COMMENT_MAX_LENGTH, normaliseCommentBody, validateCommentBody } from "./comment-validation";
import { CommentText } from "./comment-text";
import { articleFormSchema, COVER_PATTERN } from "./article-schema";
import { renderMarkdown } from "./markdown";
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from "./slug";

const MARKUP = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  '<a href="javascript:x">',
  '"><svg onload=alert(1)>',
  "&lt;b&gt;",
  "]]>",
  "<!--",
  "{{7*7}}",
  "https://example.org/<b>",
];
// Random Unicode with control characters, markup fragments and URLs mixed in.
const hostileText = fc
  .array(
    fc.oneof(
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.constantFrom(...MARKUP),
      fc.webUrl(),
      fc.constantFrom("\n", "\n\n", "\r\n", "\u0000", "\u202e", "\u200b", "\t"),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""));

// Tags a rendered comment may contain: paragraphs, line breaks and our own links.
function foreignTags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)]
    .map((m) => m[1].toLowerCase())
    .filter((tag) => !["p", "br", "a"].includes(tag));
}

describe("hostile comment input", () => {
  it("validation never throws and accepts only clean text of the allowed length", () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const result = validateCommentBody(raw);
        if (!result.ok) return;
        expect(result.body).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
        expect(result.body).toBe(result.body.trim());
        expect([...result.body].length).toBeGreaterThanOrEqual(2);
        expect([...result.body].length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
      }),
      { numRuns: 500 },
    );
  });

  it("normalising twice changes nothing", () => {
    fc.assert(
      fc.property(hostileText, (raw) => normaliseCommentBody(normaliseCommentBody(raw)) === normaliseCommentBody(raw)),
      { numRuns: 500 },
    );
  });

  it("refuses huge input without trouble", () => {
    expect(validateCommentBody("a".repeat(70_000))).toEqual({ ok: false, error: "too_long" });
    expect(validateCommentBody("😀".repeat(COMMENT_MAX_LENGTH))).toMatchObject({ ok: true });
    expect(validateCommentBody(" \u0000\u0007 ".repeat(10_000))).toEqual({ ok: false, error: "empty" });
  });

  it("renders as paragraphs, line breaks and safe links only", () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const html = renderToStaticMarkup(<CommentText text={normaliseCommentBody(raw)} />);
        expect(foreignTags(html)).toEqual([]);
        for (const [, attrs] of html.matchAll(/<a ([^>]*)>/g)) {
          expect(attrs).toMatch(/^href="https?:\/\/[^"]*" rel="nofollow ugc noopener noreferrer"$/);
        }
        expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
      }),
      { numRuns: 500 },
    );
  });
});

describe("hostile article Markdown", () => {
  it("renders without scripts, event handlers or script URLs", () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const html = renderMarkdown(raw);
        expect(html).not.toMatch(/<(script|iframe|object|embed|style|form|input|svg|math)\b/i);
        expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
        expect(html).not.toMatch(/<[^>]*(href|src)\s*=\s*"\s*(javascript|data|vbscript):/i);
      }),
      { numRuns: 500 },
    );
  });
});

describe("hostile article input", () => {
  it("slugs are always URL-safe, short and stable, whatever the title", () => {
    fc.assert(
      fc.property(hostileText, (title) => {
        const slug = slugify(title);
        expect(slug === "" || SLUG_PATTERN.test(slug)).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
        expect(slugify(slug)).toBe(slug);
      }),
      { numRuns: 500 },
    );
  });

  it("the editor's validation never throws and accepts only well-formed fields", () => {
    const fields = fc.record({
      title: hostileText,
      slug: fc.oneof(hostileText, fc.constant("")),
      excerpt: hostileText,
      body: hostileText,
      categoryId: fc.oneof(hostileText, fc.integer().map(String)),
      tags: hostileText,
      coverImage: fc.oneof(hostileText, fc.constant(""), fc.constant("javascript:alert(1)")),
      status: fc.oneof(fc.constantFrom("draft", "published", "scheduled"), hostileText),
      scheduledAt: hostileText,
    });
    fc.assert(
      fc.property(fields, (raw) => {
        const parsed = articleFormSchema.safeParse(raw);
        if (!parsed.success || parsed.data.intent !== "save") return;
        const input = parsed.data;
        expect(input.title.length).toBeGreaterThan(0);
        expect(input.slug === "" || SLUG_PATTERN.test(input.slug)).toBe(true);
        expect(input.coverImage === "" || COVER_PATTERN.test(input.coverImage)).toBe(true);
        expect(input.categoryId).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    expect(
      articleFormSchema.safeParse({ title: "x".repeat(70_000), body: "", categoryId: "1", status: "draft" }).success,
    ).toBe(false);
  });
});
