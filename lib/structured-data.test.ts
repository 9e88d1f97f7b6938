import { describe, expect, it } from "vitest";
import { blogPosting } from "./structured-data";

describe("BlogPosting", () => {
  it("carries the image and nests replies under their comment with publication and edit dates", () => {
    const at = new Date("2026-11-01T10:00:00Z");
    const edited = new Date("2026-11-02T10:00:00Z");
    const data = blogPosting({
      url: "https://x.example/posts/a",
      headline: "A",
      datePublished: at,
      dateModified: at,
      author: { name: "Anna" },
      image: "https://x.example/og-default.png",
      section: "SEO",
      keywords: [],
      commentCount: 2,
      comments: [
        {
          url: "https://x.example/posts/a#comment-1",
          author: "Ben",
          datePublished: at,
          dateModified: edited,
          text: "Frage",
          replies: [
            {
              url: "https://x.example/posts/a#comment-2",
              author: "Anna",
              datePublished: edited,
              text: "Antwort",
              replies: [],
            },
          ],
        },
      ],
      publisher: { name: "X", url: "https://x.example/" },
    }) as Record<string, unknown>;
    expect(data.image).toBe("https://x.example/og-default.png");
    expect(data.comment).toEqual([
      {
        "@type": "Comment",
        url: "https://x.example/posts/a#comment-1",
        author: { "@type": "Person", name: "Ben" },
        dateCreated: at.toISOString(),
        datePublished: at.toISOString(),
        dateModified: edited.toISOString(),
        text: "Frage",
        comment: [
          {
            "@type": "Comment",
            url: "https://x.example/posts/a#comment-2",
            author: { "@type": "Person", name: "Anna" },
            dateCreated: edited.toISOString(),
            datePublished: edited.toISOString(),
            text: "Antwort",
          },
        ],
      },
    ]);
  });
});
