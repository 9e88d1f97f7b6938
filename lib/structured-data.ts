import type { JsonLd } from "./json-ld";

// schema.org objects for the JSON-LD of reader pages. Plain data in, plain objects out; the
// page serialises them with lib/json-ld (which makes them safe inside <script>).

export type BlogPostingInput = {
  url: string;
  headline: string;
  description?: string;
  datePublished: Date;
  dateModified: Date;
  author: { name: string; url?: string };
  image?: string;
  section: string;
  keywords: string[];
  commentCount: number;
  comments: CommentInput[];
  publisher: { name: string; url: string };
};

/** A comment and its replies, nested as on the page. `dateModified`: set after an edit. */
export type CommentInput = {
  url: string;
  author: string;
  datePublished: Date;
  dateModified?: Date | null;
  text: string;
  replies: CommentInput[];
};

function comment(c: CommentInput): JsonLd {
  return {
    "@type": "Comment",
    url: c.url,
    author: { "@type": "Person", name: c.author },
    dateCreated: c.datePublished.toISOString(),
    datePublished: c.datePublished.toISOString(),
    ...(c.dateModified ? { dateModified: c.dateModified.toISOString() } : {}),
    text: c.text,
    ...(c.replies.length ? { comment: c.replies.map(comment) } : {}),
  };
}

export function blogPosting(input: BlogPostingInput): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    "@id": input.url,
    mainEntityOfPage: input.url,
    url: input.url,
    headline: input.headline,
    ...(input.description ? { description: input.description } : {}),
    datePublished: input.datePublished.toISOString(),
    dateModified: input.dateModified.toISOString(),
    author: { "@type": "Person", name: input.author.name, ...(input.author.url ? { url: input.author.url } : {}) },
    publisher: { "@type": "Organization", name: input.publisher.name, url: input.publisher.url },
    ...(input.image ? { image: input.image } : {}),
    articleSection: input.section,
    keywords: input.keywords.join(", "),
    commentCount: input.commentCount,
    comment: input.comments.map(comment),
  };
}

export function breadcrumbList(items: { name: string; url: string }[]): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** The home page's WebSite with a sitelinks search box. `siteUrl` has no trailing slash. */
export function webSite(input: { name: string; siteUrl: string; description: string; language: string }): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: input.name,
    url: `${input.siteUrl}/`,
    description: input.description,
    inLanguage: input.language,
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${input.siteUrl}/search?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}
