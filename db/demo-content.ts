// TEMPORARY stub so the seed, tests and types work on the `auth` branch until main's
// demo content is merged; main's version of this file replaces it wholesale.
import type { ArticleStatus, CommentStatus, Role, SponsorPosition } from "./schema";

export const demoUsers: { key: string; name: string; email: string; slug: string; role: Role; bio: string }[] = [
  { key: "admin", name: "Admin", email: "admin@blattwerk.example", slug: "admin", role: "admin", bio: "" },
  { key: "author", name: "Autorin", email: "autorin@blattwerk.example", slug: "autorin", role: "author", bio: "" },
  { key: "reader", name: "Leser", email: "leser@blattwerk.example", slug: "leser", role: "reader", bio: "" },
];
export const demoCategories: { slug: string; name: string; description?: string }[] = [{ slug: "internet", name: "Internet" }];
export const demoTags: { slug: string; name: string }[] = [];
export const demoArticles: {
  slug: string; title: string; excerpt: string; body: string; status: ArticleStatus; publishedAt: string;
  authorKey: string; categorySlug: string; commentsOpen: boolean; tagSlugs: string[];
}[] = [
  {
    slug: "heimnetzwerk-einrichten", title: "Heimnetzwerk einrichten", excerpt: "", body: "Text.", status: "published",
    publishedAt: "2026-01-10T08:00:00Z", authorKey: "author", categorySlug: "internet", commentsOpen: true, tagSlugs: [],
  },
];
export const demoComments: {
  key: string; articleSlug: string; parentKey?: string; authorKey: string; body: string; status: CommentStatus; createdAt: string;
}[] = [];
export const demoSponsors: { title: string; url: string; position: SponsorPosition }[] = [
  { title: "Beispiel", url: "https://example.org", position: "sidebar" },
];
