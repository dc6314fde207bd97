/**
 * CSV text that a spreadsheet reads as data and never runs: RFC 4180 quoting, and every cell
 * that a spreadsheet would take for a formula neutralized (OWASP, "CSV Injection").
 *
 * A spreadsheet treats a cell beginning with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(…)`
 * leaks data to a stranger's site, `=cmd|…` once ran programs), and a leading tab or carriage
 * return can hide such a character from a naive check. Such a cell gets a leading single quote,
 * which spreadsheets show as text, and is then quoted.
 *
 * Every cell is neutralized, numbers too: a `-3` comes out as `"'-3"` and reads as the text -3.
 * Telling "a number" from "text that looks like one" per column is where injections slip through
 * (a name of `-2+3+cmd|…` in a column someone once marked numeric), and the app's exports carry
 * no figures that anyone sums in the sheet. A caller that wants arithmetic converts the column.
 */
export type CsvValue = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula (or hide one that does). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that make RFC 4180 quote a field. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: neutralized when it could run, quoted when it must be (quotes doubled). */
export function csvCell(value: CsvValue): string {
  const text = value === null || value === undefined ? "" : String(value);
  const neutral = FORMULA_START.test(text);
  const safe = neutral ? `'${text}` : text;
  return neutral || NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record: fields joined by commas, ended by CRLF (RFC 4180). */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A whole file: the header record, then one record per row. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return lines.join("");
}
