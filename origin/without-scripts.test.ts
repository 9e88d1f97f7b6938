import { describe, expect, it } from "vitest";
import { withoutScripts } from "./without-scripts";

describe("withoutScripts", () => {
  it("removes Next's scripts and script preloads, keeps JSON-LD, styles, font preloads and content", () => {
    const page = [
      '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
      '<link rel="preload" href="/_next/static/media/inter.woff2" as="font" crossorigin="" type="font/woff2"/>',
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
      '<script src="/_next/static/chunks/c.js" async="" nonce="abc"></script></head>',
      "<body><main><p>Text mit &lt;script&gt; darin</p>",
      '<script type="application/ld+json" nonce="abc">{"@type":"BlogPosting","headline":"\\u003c/script>"}</script>',
      '<script nonce="abc">(self.__next_f=self.__next_f||[]).push([0])</script>',
      '<script nonce="abc">self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003cp>x\\u003c/p>"])</script>',
      "</main></body></html>",
    ].join("");
    const stripped = withoutScripts(page);
    expect(stripped).not.toMatch(/__next_f|c\.js|b\.js/);
    expect(stripped).toContain('"@type":"BlogPosting"');
    expect(stripped).toContain("a.css");
    expect(stripped).toContain("inter.woff2");
    expect(stripped).toContain("<p>Text mit &lt;script&gt; darin</p>");
    expect(stripped).toMatch(/<\/main><\/body><\/html>$/);
  });
});
