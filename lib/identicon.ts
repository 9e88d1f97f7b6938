// Generated avatars: a 5×5 mirrored pattern in one colour, drawn from a hex seed (the shape
// GitHub's identicons have). Pure and deterministic, so the SVG can be cached for a year.

export const IDENTICON_SEED = /^[a-f0-9]{20}$/;

/** The SVG for a 20-hex-digit seed. */
export function identiconSvg(seed: string): string {
  const bits = seed.split("").map((c) => parseInt(c, 16));
  const hue = Math.round(((bits[0] * 16 + bits[1]) / 256) * 360);
  const colour = `hsl(${hue} 55% 42%)`;
  const cells: string[] = [];
  // 15 digits choose the left three columns; the right two mirror them.
  for (let row = 0; row < 5; row++)
    for (let col = 0; col < 3; col++) {
      if (bits[2 + row * 3 + col] % 2 === 0) continue;
      for (const x of new Set([col, 4 - col]))
        cells.push(`<rect x="${x + 0.5}" y="${row + 0.5}" width="1" height="1"/>`);
    }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 6 6" width="64" height="64" shape-rendering="crispEdges">` +
    `<rect width="6" height="6" fill="#f0eee9"/><g fill="${colour}">${cells.join("")}</g></svg>`
  );
}
