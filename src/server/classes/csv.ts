import "server-only";

/**
 * One CSV field: formula-like text (starting with = + - @, a tab or a carriage return) gets a leading single
 * quote so a spreadsheet shows it instead of running it; then RFC 4180 quoting when needed.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: CRLF line ends and a UTF-8 byte order mark, so spreadsheets pick the right encoding. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return "\uFEFF" + rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
