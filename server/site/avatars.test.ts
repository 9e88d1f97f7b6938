import { describe, expect, it } from "vitest";
import { IDENTICON_SEED, identiconSvg } from "@/lib/identicon";
import { createArticle, createComment, createUser } from "@/tests/data";
import { listComments } from "@/server/comments/comments";
import { avatarFor, emailHash, getAvatarSettings, saveAvatarSettings } from "@/server/site/avatars";

const PHOTO = "/media/0123456789abcdef01234567-sq256.webp";

describe("avatarFor", () => {
  const hash = emailHash(" Ida@Example.de ")!;

  it("hashes addresses as Gravatar does: SHA-256 of the trimmed, lower-cased address", () => {
    expect(hash).toBe(emailHash("ida@example.de"));
    expect(hash).toMatch(/^[a-f0-9]{64}$/);
    expect(emailHash(null)).toBeNull();
  });

  it("prefers the uploaded photo, in 1x and 2x", () => {
    const avatar = avatarFor({ name: "Ida", emailHash: hash, photo: PHOTO }, { gravatar: true });
    expect(avatar).toEqual({
      kind: "photo",
      size: 40,
      src: "/media/0123456789abcdef01234567-sq64.webp",
      srcSet: "/media/0123456789abcdef01234567-sq64.webp 1x, /media/0123456789abcdef01234567-sq128.webp 2x",
    });
  });

  it("draws an identicon locally, keyed so the page does not carry the email's hash", () => {
    const avatar = avatarFor({ name: "Ida", emailHash: hash }, { gravatar: false });
    expect(avatar.kind).toBe("identicon");
    expect(avatar.src).toMatch(/^\/avatars\/[a-f0-9]{20}\.svg$/);
    expect(avatar.src).not.toContain(hash.slice(0, 20));
    // The same address gives the same picture, registered or guest; another address another one.
    expect(avatarFor({ name: "Ida M.", emailHash: hash }, { gravatar: false }).src).toBe(avatar.src);
    expect(avatarFor({ name: "Ida", emailHash: emailHash("jo@example.de") }, { gravatar: false }).src).not.toBe(
      avatar.src,
    );
    // Without an address (a deleted account, an old import) the name decides.
    expect(avatarFor({ name: "Gast" }, { gravatar: true }).kind).toBe("identicon");
    // An OAuth provider's picture URL is no photo of ours.
    expect(avatarFor({ name: "Ida", photo: "https://avatars.example.com/u/1" }, { gravatar: false }).kind).toBe(
      "identicon",
    );
  });

  it("uses Gravatar only when turned on, with the email hash and no page address", () => {
    const avatar = avatarFor({ name: "Ida", emailHash: hash }, { gravatar: true });
    expect(avatar.kind).toBe("gravatar");
    expect(avatar.src).toBe(`https://gravatar.com/avatar/${hash}?s=40&d=identicon&r=g`);
  });

  it("identicons are mirrored SVG patterns, the same for the same seed", () => {
    const seed = "a1b2c3d4e5f60718293a";
    expect(IDENTICON_SEED.test(seed)).toBe(true);
    const svg = identiconSvg(seed);
    expect(svg).toBe(identiconSvg(seed));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/script|href/i);
    expect(identiconSvg("ffffffffffffffffffff")).not.toBe(svg);
  });
});

describe("avatars in comment threads", () => {
  it("every comment carries one: photo, generated, and Gravatar only while the setting is on", async () => {
    const author = await createUser("author", { image: PHOTO });
    const reader = await createUser("reader");
    const article = await createArticle(author.id);
    await createComment({ articleId: article.id, authorId: author.id, body: "Mit Foto", status: "approved" });
    await createComment({ articleId: article.id, authorId: reader.id, body: "Ohne Foto", status: "approved" });
    await createComment({
      articleId: article.id,
      guestName: "Internetente",
      guestEmail: "ente@example.de",
      body: "Als Gast",
      status: "approved",
    });
    expect((await getAvatarSettings()).gravatar).toBe(false);
    const kinds = async () => (await listComments(article.id, 1, null)).threads.map((c) => c.avatar.kind);
    expect(await kinds()).toEqual(["photo", "identicon", "identicon"]);
    await saveAvatarSettings({ gravatar: true });
    try {
      expect(await kinds()).toEqual(["photo", "gravatar", "gravatar"]);
      const guest = (await listComments(article.id, 1, null)).threads[2];
      expect(guest.avatar.src).toContain(emailHash("ente@example.de"));
    } finally {
      await saveAvatarSettings({ gravatar: false });
    }
    // No email address or hash of it is in the thread otherwise.
    const json = JSON.stringify((await listComments(article.id, 1, null)).threads);
    expect(json).not.toContain("ente@example.de");
    expect(json).not.toContain(emailHash("ente@example.de"));
  });
});
