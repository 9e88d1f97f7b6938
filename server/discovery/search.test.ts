import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/lib/search-query";
import { createArticle, createUser } from "@/tests/data";
import { searchArticles } from "@/server/discovery/search";

// A made-up word per test, so rows other test files add never change the expectations.
const word = () => `blattwerkwort${randomUUID().slice(0, 8).replace(/\d/g, "x")}`;

describe("searchArticles", () => {
  it("finds German inflected forms (stemming): Netzwerke → Netzwerk", async () => {
    const results = await searchArticles("Netzwerke", 1);
    expect(results.items.map((hit) => hit.slug)).toContain("heimnetzwerk-einrichten");
    const hit = results.items.find((h) => h.slug === "heimnetzwerk-einrichten")!;
    expect(hit.snippet).toContain(`${HIGHLIGHT_START}Netzwerk${HIGHLIGHT_STOP}`);
  });

  it("ranks a title match above a body match", async () => {
    const author = await createUser("author");
    const term = word();
    const inBody = await createArticle(author.id, {
      title: "Nur im Text",
      body: `Hier steht ${term} einmal im Text.`,
      publishedAt: new Date(Date.now() - 60_000),
    });
    const inTitle = await createArticle(author.id, {
      title: `Alles über ${term}`,
      body: "Kein Treffer im Text.",
      publishedAt: new Date(Date.now() - 3_600_000),
    });
    const results = await searchArticles(term, 1);
    expect(results.items.map((hit) => hit.id)).toEqual([inTitle.id, inBody.id]);
    expect(results.total).toBe(2);
    expect(results.items[0].titleHighlight).toBe(`Alles über ${HIGHLIGHT_START}${term}${HIGHLIGHT_STOP}`);
  });

  it("finds only visible articles: no drafts, no future scheduled ones", async () => {
    const author = await createUser("author");
    const term = word();
    await createArticle(author.id, { title: `Entwurf ${term}`, status: "draft" });
    await createArticle(author.id, {
      title: `Geplant ${term}`,
      status: "scheduled",
      publishedAt: new Date(Date.now() + 86_400_000),
    });
    const due = await createArticle(author.id, {
      title: `Fällig ${term}`,
      status: "scheduled",
      publishedAt: new Date(Date.now() - 60_000),
    });
    const results = await searchArticles(term, 1);
    expect(results.items.map((hit) => hit.id)).toEqual([due.id]);
    expect((await searchArticles("Strukturierte Daten Leitfaden", 1)).items.map((h) => h.slug)).not.toContain(
      "strukturierte-daten-leitfaden",
    );
  });

  it("paginates ten results a page", async () => {
    const author = await createUser("author");
    const term = word();
    for (let i = 0; i < 12; i++) await createArticle(author.id, { title: `Teil ${i} ${term}` });
    const first = await searchArticles(term, 1);
    const second = await searchArticles(term, 2);
    expect(first.items).toHaveLength(10);
    expect(first).toMatchObject({ total: 12, pageCount: 2, hasNext: true, hasPrevious: false });
    expect(second.items).toHaveLength(2);
    expect(second).toMatchObject({ hasNext: false, hasPrevious: true });
    expect(new Set([...first.items, ...second.items].map((h) => h.id)).size).toBe(12);
  });

  it("answers hostile and absurd queries quickly, without throwing", async () => {
    const queries = [
      "x".repeat(10_000),
      "Netzwerk ".repeat(2_000),
      `'); drop table articles; --`,
      "a & | ! :* <->",
      `" ' \\ ( ) <-> <2> !!! ||| &&& :* :A *`,
      "\u0000 \uE000 \uE001",
      "der die das", // stop words only: an empty tsquery
      "-",
      "😀".repeat(500),
    ];
    for (const query of queries) {
      const started = performance.now();
      const results = await searchArticles(query, 1);
      expect(performance.now() - started, query.slice(0, 30)).toBeLessThan(2_000);
      expect(Array.isArray(results.items)).toBe(true);
      expect(results.query.length).toBeLessThanOrEqual(400);
    }
    expect((await searchArticles(`'); drop table articles; --`, 1)).total).toBeGreaterThanOrEqual(0);
    expect((await searchArticles("Netzwerke", 1)).total).toBeGreaterThan(0); // the table is still there
  });

  it("does no database work for an empty query", async () => {
    expect(await searchArticles("   ", 1)).toMatchObject({ query: "", total: 0, items: [] });
  });

  it("escapes nothing itself but never lets article text produce highlight markers", async () => {
    const author = await createUser("author");
    const term = word();
    await createArticle(author.id, {
      title: `<b>${term}</b> ${HIGHLIGHT_STOP}`,
      body: `${HIGHLIGHT_START}fake${HIGHLIGHT_STOP} ${term}`,
    });
    const [hit] = (await searchArticles(term, 1)).items;
    expect(hit.titleHighlight).toBe(`<b>${HIGHLIGHT_START}${term}${HIGHLIGHT_STOP}</b> `);
    expect(hit.snippet).not.toContain(`${HIGHLIGHT_START}fake`);
  });
});
