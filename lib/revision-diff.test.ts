import { describe, expect, it } from "vitest";
import { diffText, hasChanges } from "./revision-diff";

describe("diffText", () => {
  it("pairs a changed line with its replacement and marks the changed word", () => {
    const rows = diffText(
      "Erste Zeile\nDer Hund bellt\nLetzte Zeile\n",
      "Erste Zeile\nDer Fuchs bellt\nLetzte Zeile\n",
    );
    expect(rows).toHaveLength(3);
    expect(rows[0].left?.kind).toBe("same");
    const [changed] = rows.slice(1, 2);
    expect(changed.left?.kind).toBe("removed");
    expect(changed.right?.kind).toBe("added");
    expect(changed.left?.parts.filter((p) => p.changed).map((p) => p.text)).toEqual(["Hund"]);
    expect(changed.right?.parts.filter((p) => p.changed).map((p) => p.text)).toEqual(["Fuchs"]);
    expect(changed.right?.parts.map((p) => p.text).join("")).toBe("Der Fuchs bellt");
    expect(hasChanges(rows)).toBe(true);
  });

  it("shows lone insertions and removals against an empty side, with line numbers of each side", () => {
    const rows = diffText("a\nb\n", "a\nneu\nb\nc");
    expect(rows.map((r) => [r.left?.number ?? null, r.right?.number ?? null])).toEqual([
      [1, 1],
      [null, 2],
      [2, 3],
      [null, 4],
    ]);
    expect(rows[1].right).toMatchObject({ kind: "added", parts: [{ text: "neu", changed: false }] });
  });

  it("finds nothing in equal texts, whatever their line ends", () => {
    expect(hasChanges(diffText("gleich\n", "gleich\n"))).toBe(false);
    expect(hasChanges(diffText("eins\r\nzwei", "eins\nzwei\n"))).toBe(false);
    expect(diffText("Name\nAnschrift", "Name\nAnschrift\nTelefon").map((r) => r.right?.kind)).toEqual([
      "same",
      "same",
      "added",
    ]);
  });
});
