import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "@/server/classes/csv";
import { formatJoinCode, generateJoinCode, normalizeJoinCode } from "@/server/classes/join-code";

describe("CSV", () => {
  it("quotes fields with commas, quotes and line breaks per RFC 4180", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("Smith, Jo")).toBe('"Smith, Jo"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(7.5)).toBe("7.5");
  });

  it("defuses spreadsheet formulas with a leading single quote", () => {
    expect(csvField("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField("\rcmd")).toBe("\"'\rcmd\"");
    // Numbers are data, not formulas: a negative score stays a number.
    expect(csvField(-1)).toBe("-1");
  });

  it("writes a UTF-8 BOM and CRLF after every row", () => {
    expect(toCsv([["name", "score"], ["Zoë", 10]])).toBe("\uFEFFname,score\r\nZoë,10\r\n");
  });
});

describe("join codes", () => {
  it("uses eight characters no one can misread", () => {
    const codes = Array.from({ length: 200 }, generateJoinCode);
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("accepts codes typed in any case with spaces or dashes", () => {
    expect(normalizeJoinCode(" abcd-ef23 ")).toBe("ABCDEF23");
    expect(formatJoinCode("ABCDEF23")).toBe("ABCD-EF23");
  });
});
