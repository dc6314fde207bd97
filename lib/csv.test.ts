import { describe, expect, it } from "vitest";
import { csvCell, csvLine, toCsv } from "./csv";

describe("RFC 4180 quoting", () => {
  it("leaves plain fields bare and empty values empty", () => {
    expect(csvCell("Ana Table")).toBe("Ana Table");
    expect(csvCell("")).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("true");
  });

  it("quotes fields holding a comma, a quote, a carriage return or a line feed, doubling quotes", () => {
    expect(csvCell("Shah, Priya")).toBe('"Shah, Priya"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\rb")).toBe('"a\rb"');
    expect(csvCell('{"clientId":"x"}')).toBe('"{""clientId"":""x""}"');
  });

  it("ends every record with CRLF, the header first", () => {
    expect(csvLine(["a", "b,c", null])).toBe('a,"b,c",\r\n');
    expect(
      toCsv(
        ["Who", "What"],
        [
          ["Ana", "client.read"],
          ["Ben", "plan.read"],
        ],
      ),
    ).toBe("Who,What\r\nAna,client.read\r\nBen,plan.read\r\n");
    expect(toCsv(["Only"], [])).toBe("Only\r\n");
  });
});

describe("spreadsheet formula injection (OWASP CSV Injection)", () => {
  it("turns a formula into text a spreadsheet shows instead of running", () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
  });

  it.each([
    ["=1+1", `"'=1+1"`],
    ["+1+1", `"'+1+1"`],
    ["-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
    ["@SUM(A1:A2)", `"'@SUM(A1:A2)"`],
    ["\t=1+1", `"'\t=1+1"`],
    ["\r=1+1", `"'\r=1+1"`],
  ])("neutralizes %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("neutralizes every cell, numbers included: -3 reads as the text -3", () => {
    expect(csvCell(-3)).toBe(`"'-3"`);
    expect(csvCell("-3")).toBe(`"'-3"`);
    expect(csvCell(3)).toBe("3");
  });

  it("leaves a formula character that does not start the cell alone", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("ana@example.test")).toBe("ana@example.test");
    expect(csvCell(" =1")).toBe(" =1");
  });

  it("neutralizes cells in whole records too", () => {
    expect(csvLine(["Ana", "=1+1"])).toBe(`Ana,"'=1+1"\r\n`);
  });
});
