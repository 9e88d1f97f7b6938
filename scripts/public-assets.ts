// Writes the files in public/ that are drawn from the site's mark (app/icon.svg): the default
// social-sharing image for pages without a cover, the favicon.ico browsers ask for unprompted,
// and the Apple touch icon. Run after changing the mark: npx tsx scripts/public-assets.ts
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const GREEN = "#1f5c3d";
const PAPER = "#f4f1e8";
const LEAF = `<path d="M9 24C9 14 15 8 25 7c0 10-6 17-16 17Z" fill="${PAPER}"/><path d="M9 24 20 12" stroke="${GREEN}" stroke-width="1.8" stroke-linecap="round"/>`;
const out = path.resolve("public");

/** 1200×630, the size OpenGraph and Twitter's large card expect; no text, since SITE_NAME varies. */
const ogImage = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${GREEN}"/>
<rect x="40" y="40" width="1120" height="550" rx="28" fill="none" stroke="${PAPER}" stroke-opacity="0.25" stroke-width="4"/>
<g transform="translate(420 135) scale(11.25)"><rect width="32" height="32" rx="7" fill="${GREEN}"/>${LEAF}</g>
</svg>`;

const icon = (size: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" rx="${size >= 128 ? 0 : 7}" fill="${GREEN}"/>${LEAF}</svg>`;

/** An .ico holding one PNG (allowed since Windows Vista; every current browser reads it). */
function ico(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([header, png]);
}

fs.mkdirSync(out, { recursive: true });
const png = (svg: string) => sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
fs.writeFileSync(path.join(out, "og-default.png"), await png(ogImage));
fs.writeFileSync(path.join(out, "apple-touch-icon.png"), await png(icon(180)));
fs.writeFileSync(path.join(out, "favicon.ico"), ico(await png(icon(32)), 32));
console.log("public/: og-default.png, apple-touch-icon.png, favicon.ico written");
