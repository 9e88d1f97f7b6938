// Images of the old blog, against a real HTTP server on loopback: one that serves an image and
// one address where nothing answers. Loopback is a private address, so the import is told to
// allow it here (the CLI's --allow-private-image-hosts); a run without that refuses it.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";
import { createFreshDatabase, dropDatabase } from "@/tests/test-database";
import type { ImportDb } from "./context";
import { downloadImage, isPrivateAddress } from "./fetch-image";
import { runWordpressImport } from "./run";

const NAME = `blattwerk_import_images_${process.pid}`;
const serverUrl = inject("serverUrl");
// Ports given to this branch's tests: 4113 serves, nothing listens on 4119.
const IMAGE_PORT = 4113;
const IMAGE = `http://127.0.0.1:${IMAGE_PORT}/wp-content/uploads/2025/05/see.png`;
const COVER = `http://127.0.0.1:${IMAGE_PORT}/wp-content/uploads/2025/05/titel.png`;
const GONE = "http://127.0.0.1:4119/wp-content/uploads/2025/05/weg.jpg";

let client: postgres.Sql;
let db: ImportDb;
let server: http.Server;
let requests = 0;
let dir: string;

function wxr(): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Bilder</title><link>https://bilder.example.com</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://bilder.example.com</wp:base_site_url><wp:base_blog_url>https://bilder.example.com</wp:base_blog_url>
<wp:author><wp:author_id>7100</wp:author_id><wp:author_login>anna</wp:author_login><wp:author_email>anna@bilder.example.com</wp:author_email><wp:author_display_name>Anna</wp:author_display_name></wp:author>
<item><title>Am See</title><link>https://bilder.example.com/am-see/</link><dc:creator>anna</dc:creator>
<content:encoded><![CDATA[<!-- wp:paragraph --><p>Ein Bild:</p><!-- /wp:paragraph -->
<!-- wp:image --><figure class="wp-block-image"><img src="${IMAGE}" alt="Der See"/></figure><!-- /wp:image -->
<!-- wp:image --><figure class="wp-block-image"><img src="${GONE}" alt="Verschollen"/></figure><!-- /wp:image -->]]></content:encoded>
<wp:post_id>7001</wp:post_id><wp:post_date>2025-05-01 10:00:00</wp:post_date><wp:post_date_gmt>2025-05-01 08:00:00</wp:post_date_gmt>
<wp:post_name>am-see</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>7002</wp:meta_value></wp:postmeta></item>
<item><title>titel</title><link>https://bilder.example.com/titel/</link><dc:creator>anna</dc:creator>
<wp:post_id>7002</wp:post_id><wp:post_date>2025-05-01 10:00:00</wp:post_date><wp:post_name>titel</wp:post_name>
<wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type><wp:attachment_url>${COVER}</wp:attachment_url></item>
</channel></rss>`;
}

beforeAll(async () => {
  const url = await createFreshDatabase(serverUrl, NAME);
  await migrateDatabase(url);
  process.env.DATABASE_URL = url;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "wxr-images-"));
  process.env.UPLOAD_DIR = path.join(dir, "uploads");
  client = postgres(url, { max: 2, onnotice: () => {} });
  db = drizzle(client, { schema });
  const png = (r: number) =>
    sharp({ create: { width: 64, height: 48, channels: 3, background: { r, g: 90, b: 160 } } })
      .png()
      .toBuffer();
  const images: Record<string, Buffer> = {
    [new URL(IMAGE).pathname]: await png(10),
    [new URL(COVER).pathname]: await png(200),
  };
  server = http.createServer((req, res) => {
    requests++;
    const image = images[req.url ?? ""];
    if (image) res.writeHead(200, { "content-type": "image/png" }).end(image);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(IMAGE_PORT, "127.0.0.1", resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  delete process.env.UPLOAD_DIR;
  fs.rmSync(dir, { recursive: true, force: true });
  await client.end();
  await dropDatabase(serverUrl, NAME);
});

describe("WordPress import: images", () => {
  it("refuses private, loopback and non-http addresses unless allowed", async () => {
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "192.168.0.1",
      "169.254.169.254",
      "::1",
      "fe80::1",
      "::ffff:10.0.0.1",
    ])
      expect(isPrivateAddress(address), address).toBe(true);
    for (const address of ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"])
      expect(isPrivateAddress(address), address).toBe(false);
    await expect(downloadImage(IMAGE)).rejects.toThrow(/private address/);
    await expect(downloadImage("ftp://127.0.0.1/x.png", { allowPrivate: true })).rejects.toThrow(/not http/);
    expect((await downloadImage(IMAGE, { allowPrivate: true })).bytes.length).toBeGreaterThan(0);
  });

  it("copies reachable images like editor uploads, keeps unreachable ones and lists them", async () => {
    const file = path.join(dir, "bilder.xml");
    fs.writeFileSync(file, wxr());
    const report = await runWordpressImport(db, file, { allowPrivateImageHosts: true });
    expect(report.counts.posts.imported).toBe(1);
    expect(report.counts.images).toMatchObject({ imported: 2, skipped: 1, failed: 0 });
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: "images", ref: GONE, outcome: "skipped" }));
    expect(report.media).toEqual([GONE]);

    const [article] = await db.select().from(schema.articles).where(eq(schema.articles.wpId, 7001));
    const copied = /!\[Der See\]\((\/media\/[a-f0-9]{24}-1600\.webp)\)/.exec(article.body)?.[1];
    expect(copied, article.body).toBeDefined();
    expect(article.body).toContain(`![Verschollen](${GONE})`);
    expect(article.coverImage).toMatch(/^\/media\/[a-f0-9]{24}-1600\.webp$/);
    // Stored like an editor upload: the three WebP widths under content-hashed names.
    const stored = fs.readdirSync(process.env.UPLOAD_DIR!);
    expect(stored).toContain(path.basename(copied!));
    expect(stored.filter((name) => name.endsWith(".webp"))).toHaveLength(6);

    // Again: nothing downloaded twice, nothing changed.
    const before = requests;
    const again = await runWordpressImport(db, file, { allowPrivateImageHosts: true });
    expect(again.counts.posts).toMatchObject({ unchanged: 1, updated: 0 });
    expect(again.counts.images).toMatchObject({ imported: 0, unchanged: 2 });
    expect(requests).toBe(before);
  });
});
