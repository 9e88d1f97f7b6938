// URL slugs in the German way: "Größe & Übermaß" → "groesse-uebermass". Leaf code (also
// used in the browser for the editor's slug hint).

const GERMAN: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "Ae", Ö: "Oe", Ü: "Ue", ẞ: "SS" };
// Letters that Unicode does not decompose into a base letter plus an accent.
const OTHER: Record<string, string> = {
  Ł: "L",
  ł: "l",
  Ø: "O",
  ø: "o",
  Æ: "Ae",
  æ: "ae",
  Œ: "Oe",
  œ: "oe",
  Đ: "D",
  đ: "d",
  Þ: "Th",
  þ: "th",
};

export const SLUG_MAX_LENGTH = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case kebab case; German umlauts transliterated, other accents stripped. May be empty. */
export function slugify(text: string): string {
  const slug = text
    .replace(/[äöüßÄÖÜẞ]/g, (c) => GERMAN[c])
    .replace(/[ŁłØøÆæŒœĐđÞþ]/g, (c) => OTHER[c])
    // NFKD splits "é" into "e" + a combining accent, which the next step drops.
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, "");
}

/** "slug", "slug-2", "slug-3", … : the candidates tried when a generated slug is taken. */
export function withSuffix(slug: string, n: number): string {
  if (n <= 1) return slug;
  const suffix = `-${n}`;
  return `${slug.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
}
