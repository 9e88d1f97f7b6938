import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown";
import { convertPost } from "./convert";
import { htmlToPlainText } from "./html-text";

describe("convertPost", () => {
  it("turns Gutenberg blocks into Markdown and splits the teaser at <!--more-->", () => {
    const html = `<!-- wp:paragraph -->
<p>Die <strong>Straße</strong> – „heute“.</p>
<!-- /wp:paragraph -->

<!-- wp:more -->
<!--more-->
<!-- /wp:more -->

<!-- wp:heading {"level":3} -->
<h3>Was heißt das?</h3>
<!-- /wp:heading -->

<!-- wp:list {"ordered":true} -->
<ol><li>Erstens</li><li>Zweitens</li></ol>
<!-- /wp:list -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><p>Zitat</p><cite>Jemand</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:code -->
<pre class="wp-block-code"><code>a &amp;&amp; b</code></pre>
<!-- /wp:code -->

<!-- wp:image {"id":6} -->
<figure class="wp-block-image"><img src="https://blog.example.com/wp-content/uploads/a.jpg" alt="Nebel"/><figcaption>Am Rhein</figcaption></figure>
<!-- /wp:image -->

<!-- wp:separator -->
<hr class="wp-block-separator"/>
<!-- /wp:separator -->`;
    const result = convertPost(html);
    expect(result.teaser).toBe("Die Straße – „heute“.");
    expect(result.markdown).toContain("Die **Straße** – „heute“.");
    expect(result.markdown).toContain("### Was heißt das?");
    expect(result.markdown).toMatch(/1\.\s+Erstens\n2\.\s+Zweitens/);
    expect(result.markdown).toContain("> Zitat");
    expect(result.markdown).toContain("— Jemand");
    expect(result.markdown).toContain("```\na && b\n```");
    expect(result.markdown).toContain("![Nebel](https://blog.example.com/wp-content/uploads/a.jpg)");
    expect(result.markdown).toContain("_Am Rhein_");
    expect(result.markdown).not.toContain("wp:");
    expect(result.markdown).not.toContain("more");
    expect(result.media).toEqual(["https://blog.example.com/wp-content/uploads/a.jpg"]);
    expect(result.notes).toEqual([]);
  });

  it("gives classic posts paragraphs, keeps shortcodes readable and names them", () => {
    const result = convertPost(
      'Erste Zeile\nzweite Zeile\n\nNeuer Absatz [contact-form-7 id="1"]\n\n<table><tr><th>A</th><th>B</th></tr><tr><td>1 | 2</td><td>3</td></tr></table>',
    );
    expect(result.markdown).toMatch(/^Erste Zeile {2}\nzweite Zeile\n\nNeuer Absatz \\\[contact-form-7 id="1"\\\]/);
    expect(result.markdown).toContain("| A | B |\n| --- | --- |\n| 1 \\| 2 | 3 |");
    expect(result.notes).toEqual(["shortcode [contact-form-7] kept as text"]);
    // The site's renderer shows the shortcode as text and the table as a table.
    const html = renderMarkdown(result.markdown);
    expect(html).toContain("[contact-form-7 id=");
    expect(html).toContain("<table>");
  });

  it("turns [caption] into an image with its caption and leaves a placeholder for dynamic blocks", () => {
    const caption = convertPost(
      '[caption id="a" width="300"]<img src="https://x.example/b.png" alt="B" /> Unterschrift[/caption]',
    );
    expect(caption.markdown).toBe("![B](https://x.example/b.png)\n\n_Unterschrift_");
    const dynamic = convertPost(
      "<!-- wp:paragraph --><p>Text</p><!-- /wp:paragraph --><!-- wp:latest-posts /--><!-- wp:acme/box --><div>Box</div><!-- /wp:acme/box -->",
    );
    expect(dynamic.markdown).toBe("Text\n\n\\[wp:latest-posts\\]\n\nBox");
    expect(dynamic.notes).toEqual([
      "block wp:latest-posts has no saved content; a placeholder marks its place",
      "block wp:acme/box converted from its saved HTML",
    ]);
  });

  it("drops scripts and says so; embeds become links", () => {
    const result = convertPost('<p>Vorher</p><script>alert(1)</script><iframe src="https://video.example/x"></iframe>');
    expect(result.markdown).toBe("Vorher\n\n[https://video.example/x](https://video.example/x)");
    expect(result.notes).toContain("<script> removed");
  });
});

describe("htmlToPlainText", () => {
  it("keeps paragraphs and link targets of a comment", () => {
    expect(
      htmlToPlainText('<p>Hallo &amp; danke!</p><p>Siehe <a href="https://x.example/">hier</a><br/>Gruß</p>'),
    ).toBe("Hallo & danke!\n\nSiehe hier (https://x.example/)\nGruß");
  });
});
