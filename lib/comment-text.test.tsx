import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommentText, parseCommentText, trimUrl } from "./comment-text";

const html = (text: string) => renderToStaticMarkup(<CommentText text={text} />);

describe("trimUrl", () => {
  it("drops sentence punctuation but keeps brackets the URL opened", () => {
    expect(trimUrl("https://example.org/a.")).toBe("https://example.org/a");
    expect(trimUrl("https://example.org/a).")).toBe("https://example.org/a");
    expect(trimUrl("https://example.org/a“")).toBe("https://example.org/a");
    expect(trimUrl("https://de.wikipedia.org/wiki/Blatt_(Botanik)")).toBe(
      "https://de.wikipedia.org/wiki/Blatt_(Botanik)",
    );
  });
});

describe("CommentText", () => {
  it("splits paragraphs on blank lines and keeps single line breaks", () => {
    expect(html("eins\nzwei\r\n\r\n\n drei")).toBe("<p>eins<br/>zwei</p><p>drei</p>");
    expect(parseCommentText("  \n\n ")).toEqual([]);
  });

  it("shows markup as inert text", () => {
    expect(html('<script>alert(1)</script><b onclick="x">fett</b>')).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;b onclick=&quot;x&quot;&gt;fett&lt;/b&gt;</p>",
    );
  });

  it("links web URLs with rel nofollow ugc", () => {
    expect(html("Siehe (https://example.org/x?a=1&b=2).")).toBe(
      '<p>Siehe (<a href="https://example.org/x?a=1&amp;b=2" rel="nofollow ugc noopener noreferrer">https://example.org/x?a=1&amp;b=2</a>).</p>',
    );
    expect(html("javascript:alert(1) ftp://example.org")).not.toContain("<a");
  });
});
