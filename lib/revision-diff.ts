import { diffLines, diffWordsWithSpace } from "diff";

// Two versions of a Markdown text side by side: jsdiff finds the changed lines; a removed line
// facing an added one is compared word by word, so a one-word edit shows which word changed.

/** A piece of one line; `changed` pieces are the words that differ from the facing line. */
export type DiffPart = { text: string; changed: boolean };
export type DiffCell = { kind: "same" | "removed" | "added"; number: number; parts: DiffPart[] } | null;
export type DiffRow = { left: DiffCell; right: DiffCell };

// Line ends as the editor may post them (CRLF), and a last line with or without its newline is the same line.
const normalise = (text: string) => {
  const lf = text.replace(/\r\n?/g, "\n");
  return lf === "" || lf.endsWith("\n") ? lf : `${lf}\n`;
};
const linesOf = (value: string) => value.replace(/\n$/, "").split("\n");

function wordParts(oldLine: string, newLine: string): [DiffPart[], DiffPart[]] {
  const left: DiffPart[] = [];
  const right: DiffPart[] = [];
  for (const change of diffWordsWithSpace(oldLine, newLine)) {
    if (!change.added) left.push({ text: change.value, changed: change.removed });
    if (!change.removed) right.push({ text: change.value, changed: change.added });
  }
  return [left, right];
}

export function diffText(oldText: string, newText: string): DiffRow[] {
  const rows: DiffRow[] = [];
  let leftNo = 0;
  let rightNo = 0;
  const changes = diffLines(normalise(oldText), normalise(newText));
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change.added && !change.removed) {
      for (const line of linesOf(change.value))
        rows.push({
          left: { kind: "same", number: ++leftNo, parts: [{ text: line, changed: false }] },
          right: { kind: "same", number: ++rightNo, parts: [{ text: line, changed: false }] },
        });
      continue;
    }
    // A removal followed by an addition is a replacement: pair their lines row by row.
    const removed = change.removed ? linesOf(change.value) : [];
    const next = change.removed ? changes[i + 1] : undefined;
    const added = change.added ? linesOf(change.value) : next?.added ? linesOf(next.value) : [];
    if (next?.added) i++;
    for (let n = 0; n < Math.max(removed.length, added.length); n++) {
      const [l, r] =
        n < removed.length && n < added.length
          ? wordParts(removed[n], added[n])
          : [[{ text: removed[n] ?? "", changed: false }], [{ text: added[n] ?? "", changed: false }]];
      rows.push({
        left: n < removed.length ? { kind: "removed", number: ++leftNo, parts: l } : null,
        right: n < added.length ? { kind: "added", number: ++rightNo, parts: r } : null,
      });
    }
  }
  return rows;
}

/** Whether anything differs at all (an unchanged text shows a note instead of a table). */
export const hasChanges = (rows: DiffRow[]) => rows.some((r) => r.left?.kind !== "same" || r.right?.kind !== "same");
