import { describe, expect, it } from "vitest";
import { renderMarkdown, renderPublishedMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders article Markdown with German typography", () => {
    expect(renderMarkdown('Ein "Zitat" -- und **fett**', "de")).toBe(
      "<p>Ein „Zitat“ – und <strong>fett</strong></p>\n",
    );
  });

  it("keeps the page's only h1 for the title", () => {
    expect(renderMarkdown("# Abschnitt")).toBe("<h2>Abschnitt</h2>\n");
  });

  it("escapes raw HTML and drops unsafe links", () => {
    const out = renderMarkdown("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>");
    expect(out).not.toMatch(/<script|<img|href="javascript/);
  });

  it("marks external links noopener, keeps internal links as they are", () => {
    expect(renderMarkdown("[a](https://example.org) [b](/posts/x) [c](mailto:a@example.com)")).toBe(
      '<p><a href="https://example.org" rel="noopener">a</a> <a href="/posts/x">b</a> <a href="mailto:a@example.com">c</a></p>\n',
    );
  });
});

describe("renderPublishedMarkdown", () => {
  it("renders exactly as renderMarkdown, the first time and from its cache", () => {
    const source = 'Ein "Zitat" mit [Link](https://example.org)\n\n# Abschnitt';
    expect(renderPublishedMarkdown(source, "de")).toBe(renderMarkdown(source, "de"));
    expect(renderPublishedMarkdown(source, "de")).toBe(renderMarkdown(source, "de"));
  });

  it("keeps the locales apart", () => {
    expect(renderPublishedMarkdown('"x"', "de")).toBe("<p>„x“</p>\n");
    expect(renderPublishedMarkdown('"x"', "en")).toBe("<p>“x”</p>\n");
  });
});
