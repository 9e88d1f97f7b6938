import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./csv";

describe("csv", () => {
  it("quotes every field and doubles quotes inside", () => {
    expect(csvField('Sie sagte "Hallo", dann ging sie.')).toBe('"Sie sagte ""Hallo"", dann ging sie."');
    expect(csvField(null)).toBe('""');
  });

  it("defuses formulas", () => {
    expect(csvField("=HYPERLINK(1)")).toBe(`"'=HYPERLINK(1)"`);
    expect(csvField("-1")).toBe(`"'-1"`);
  });

  it("writes a BOM, a header and CRLF rows, keeping line breaks inside fields", () => {
    expect(toCsv(["a", "b"], [["1", "zwei\nZeilen"]])).toBe('\uFEFF"a","b"\r\n"1","zwei\nZeilen"\r\n');
  });
});
