import { afterAll, describe, expect, it } from "vitest";
import { saveSharingSettings, shareImage, SHIPPED_SHARE_IMAGE } from "@/server/site/share-image";

afterAll(() => saveSharingSettings({ defaultImage: "" }));

describe("share image", () => {
  it("is the cover, else the admin's default, else the image shipped with the site", async () => {
    await saveSharingSettings({ defaultImage: "" });
    expect(await shareImage("/media/abc.webp")).toBe("/media/abc.webp");
    expect(await shareImage(null)).toBe(SHIPPED_SHARE_IMAGE);
    await saveSharingSettings({ defaultImage: "https://cdn.example/teilen.png" });
    expect(await shareImage(null)).toBe("https://cdn.example/teilen.png");
  });
});
