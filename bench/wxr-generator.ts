// Writes a synthetic WordPress export (WXR 1.2) of any size as a stream: Gutenberg paragraphs
// and headings, categories and tags, comment threads with guests and registered users.
import fs from "node:fs";
import { once } from "node:events";
import { createRandom, pick, sentence, title } from "./text";
import { FIRST_NAMES, LAST_NAMES } from "./word-lists";

export type WxrSize = { posts: number; comments: number; authors?: number };

const cdata = (text: string) => `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
const wpDate = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace("T", " ");

export async function writeWxr(file: string, size: WxrSize): Promise<void> {
  const random = createRandom(4711);
  const out = fs.createWriteStream(file);
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, "drain");
  };
  const authors = size.authors ?? 20;
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bench-Blog</title><link>https://bench.example.com</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://bench.example.com</wp:base_site_url><wp:base_blog_url>https://bench.example.com</wp:base_blog_url>
`);
  for (let a = 1; a <= authors; a++) {
    const name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
    await write(
      `<wp:author><wp:author_id>${a}</wp:author_id><wp:author_login>${cdata(`autor${a}`)}</wp:author_login><wp:author_email>${cdata(`autor${a}@bench-wp.example`)}</wp:author_email><wp:author_display_name>${cdata(name)}</wp:author_display_name></wp:author>\n`,
    );
  }
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  let commentId = 1;
  for (let p = 1; p <= size.posts; p++) {
    const published = start + Math.floor((span * p) / size.posts);
    const heading = title(random);
    const paragraphs = Array.from(
      { length: 6 },
      () =>
        `<!-- wp:paragraph -->\n<p>${sentence(random)} ${sentence(random)} ${sentence(random)}</p>\n<!-- /wp:paragraph -->`,
    );
    paragraphs.splice(1, 0, "<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->");
    paragraphs.splice(4, 0, `<!-- wp:heading -->\n<h2>${title(random)}</h2>\n<!-- /wp:heading -->`);
    // Comments spread evenly with some variance; the last post takes the remainder.
    const n =
      p === size.posts
        ? size.comments - (commentId - 1)
        : Math.max(0, Math.round((size.comments / size.posts) * (0.5 + random())));
    const first = commentId;
    const comments: string[] = [];
    for (let c = 0; c < n && commentId <= size.comments; c++, commentId++) {
      const parent = c > 0 && random() < 0.3 ? first + Math.floor(random() * c) : 0;
      const registered = random() < 0.2 ? 1 + Math.floor(random() * authors) : 0;
      const status = random() < 0.02 ? "0" : random() < 0.01 ? "trash" : "1";
      comments.push(
        `<wp:comment><wp:comment_id>${commentId}</wp:comment_id><wp:comment_author>${cdata(`${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)[0]}.`)}</wp:comment_author><wp:comment_author_email>${cdata(`leser${commentId}@bench-wp.example`)}</wp:comment_author_email><wp:comment_author_url>https://leser${commentId % 500}.example.org/</wp:comment_author_url><wp:comment_date>${cdata(wpDate(published + (c + 1) * 3_600_000))}</wp:comment_date><wp:comment_date_gmt>${cdata(wpDate(published + (c + 1) * 3_600_000))}</wp:comment_date_gmt><wp:comment_content>${cdata(sentence(random))}</wp:comment_content><wp:comment_approved>${cdata(status)}</wp:comment_approved><wp:comment_type>${cdata("comment")}</wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent><wp:comment_user_id>${registered}</wp:comment_user_id></wp:comment>`,
      );
    }
    await write(
      `<item><title>${cdata(heading)}</title><link>https://bench.example.com/beitrag-${p}/</link><dc:creator>${cdata(`autor${1 + (p % authors)}`)}</dc:creator><content:encoded>${cdata(paragraphs.join("\n\n"))}</content:encoded><excerpt:encoded>${cdata("")}</excerpt:encoded><wp:post_id>${p}</wp:post_id><wp:post_date>${cdata(wpDate(published))}</wp:post_date><wp:post_date_gmt>${cdata(wpDate(published))}</wp:post_date_gmt><wp:comment_status>${cdata("open")}</wp:comment_status><wp:post_name>${cdata(`beitrag-${p}`)}</wp:post_name><wp:status>${cdata("publish")}</wp:status><wp:post_type>${cdata("post")}</wp:post_type><wp:is_sticky>0</wp:is_sticky><category domain="category" nicename="rubrik-${p % 12}">${cdata(`Rubrik ${p % 12}`)}</category><category domain="post_tag" nicename="thema-${p % 150}">${cdata(`Thema ${p % 150}`)}</category>${comments.join("")}</item>\n`,
    );
  }
  await write("</channel>\n</rss>\n");
  out.end();
  await once(out, "finish");
}
