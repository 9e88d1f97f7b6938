// RFC 4180 CSV for downloads opened in spreadsheets: every field quoted, CRLF line ends, a BOM
// so Excel reads UTF-8, and a leading ' before =, +, -, @ so no cell runs as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | null): string {
  const text = value ?? "";
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: (string | null)[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
